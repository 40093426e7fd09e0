package org.veil.cli;

import java.nio.file.Path;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.keys.Pkcs11Token;
import org.veil.broker.keys.TokenPin;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The keystore options shared by commands: a PKCS#12 file ({@code --keystore}) or a PKCS#11 token ({@code --pkcs11}).
 * The password comes from {@code VEIL_KEYSTORE_PASSWORD}, a file, or a prompt, the token PIN from
 * {@code VEIL_PKCS11_PIN}, a file, or a prompt — never from the command line. Each is asked for once per run, however
 * often the run opens the keystore or the token.
 */
final class KeyOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore holding the project key")
    Path keystore;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the keystore password (default: $VEIL_KEYSTORE_PASSWORD, "
                    + "else a prompt)")
    Path passwordFile;

    @Option(names = "--pkcs11", paramLabel = "CONFIG", description = "SunPKCS11 configuration file of the token "
            + "holding the project key (instead of --keystore)")
    Path pkcs11;

    @Option(names = "--pin-file", paramLabel = "FILE",
            description = "file whose first line is the token PIN (default: $VEIL_PKCS11_PIN, else a prompt)")
    Path pinFile;

    /** The PIN asked for at most once per run, whether the run opens the token once or twice. */
    private PasswordSource pins;
    /** The keystore password, likewise. */
    private PasswordSource passwords;

    synchronized PasswordSource pins() {
        if (pins == null) {
            pins = new RunSecret(pinFile != null ? TokenPin.file(pinFile) : TokenPin.environmentOrConsole());
        }
        return pins;
    }

    /** True when a keystore or a token is named. */
    boolean given() {
        return keystore != null || pkcs11 != null;
    }

    /** Where the key is, for the run summary (no secret). */
    String description() {
        return pkcs11 != null ? "PKCS#11 token (" + pkcs11.getFileName() + ")" : "keystore " + keystore.getFileName();
    }

    synchronized PasswordSource passwords() {
        if (passwords == null) {
            passwords = new RunSecret(passwordFile != null ? PasswordSource.file(passwordFile)
                    : PasswordSource.environmentOrConsole());
        }
        return passwords;
    }

    /** The project key from the keystore or the token. */
    ProjectKey load() {
        Path where = required();
        return pkcs11 != null ? new Pkcs11Token(where).load(pins()) : new KeystoreFile(where).load(passwords());
    }

    /** The keystore file or the token's configuration file; exactly one of them. */
    Path required() {
        if (keystore != null && pkcs11 != null) {
            throw usage("give --keystore FILE or --pkcs11 CONFIG, not both");
        }
        if (!given()) {
            throw usage("--keystore FILE or --pkcs11 CONFIG is required");
        }
        return pkcs11 != null ? pkcs11 : keystore;
    }

    /** A usage error (exit 2) of the command using these options. */
    picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(command.commandLine(), message);
    }

    /** The default linkage database next to the keystore (or token configuration): {@code <keystore>.linkage} (H2). */
    String defaultLinkageUrl() {
        Path k = required().toAbsolutePath();
        return "jdbc:h2:file:" + k.resolveSibling(k.getFileName() + ".linkage");
    }

    /** The default audit log next to the keystore: {@code <keystore>.audit.jsonl}. */
    Path defaultAudit() {
        Path k = required().toAbsolutePath();
        return k.resolveSibling(k.getFileName() + ".audit.jsonl");
    }
}
