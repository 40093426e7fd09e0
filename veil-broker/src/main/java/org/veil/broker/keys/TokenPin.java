package org.veil.broker.keys;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The user PIN of a PKCS#11 token: the environment variable {@value #ENVIRONMENT_VARIABLE}, the first line of a file,
 * or the console without echo. Never a command-line argument.
 */
public final class TokenPin implements PasswordSource {
    /** The environment variable holding the PIN. */
    public static final String ENVIRONMENT_VARIABLE = "VEIL_PKCS11_PIN";
    private static final int MAX = 256;

    private final Path file;

    private TokenPin(Path file) {
        this.file = file;
    }

    /** The first line of a file (without its line end). */
    public static PasswordSource file(Path file) {
        return new TokenPin(file);
    }

    /** {@value #ENVIRONMENT_VARIABLE} when set, else the console. */
    public static PasswordSource environmentOrConsole() {
        String pin = System.getenv(ENVIRONMENT_VARIABLE);
        if (pin != null && !pin.isEmpty()) {
            return new EnvironmentPassword(ENVIRONMENT_VARIABLE, System::getenv);
        }
        return new TokenPin(null);
    }

    @Override
    public char[] password(PasswordUse use) {
        return file == null ? fromConsole() : fromFile();
    }

    @Override
    public String description() {
        return file == null ? "console" : "file " + file;
    }

    private static char[] fromConsole() {
        Console console = System.console();
        if (console == null) {
            throw new KeystoreException("no token PIN: there is no console; set " + ENVIRONMENT_VARIABLE
                    + " or use --pin-file");
        }
        char[] pin = console.readPassword("Token PIN: ");
        if (pin == null || pin.length == 0) {
            throw new KeystoreException("no token PIN: nothing was typed");
        }
        return pin;
    }

    private char[] fromFile() {
        byte[] raw = null;
        CharBuffer chars = null;
        try {
            raw = Files.readAllBytes(file);
            chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0 || end > MAX) {
                throw new KeystoreException("no usable token PIN: the first line of " + file + " is "
                        + (end == 0 ? "empty" : "longer than " + MAX + " characters"));
            }
            return Arrays.copyOfRange(chars.array(), chars.arrayOffset(), chars.arrayOffset() + end);
        } catch (NoSuchFileException e) {
            throw new KeystoreException("no token PIN: " + file + " does not exist");
        } catch (IOException e) {
            throw new KeystoreException("cannot read the token PIN from " + file + ": " + e.getClass().getSimpleName());
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
