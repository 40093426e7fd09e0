package org.veil.broker.keys;

import java.nio.file.Path;

/**
 * Where the keystore password comes from: the environment variable {@value #ENVIRONMENT_VARIABLE}, the first line of
 * a file, or the console without echo. Never a command-line argument, which other users can read from the process
 * list. The caller overwrites the returned array after use.
 */
public interface PasswordSource {
    /** The environment variable read by {@link #environment()}. */
    String ENVIRONMENT_VARIABLE = "VEIL_KEYSTORE_PASSWORD";

    /**
     * The password.
     *
     * @throws KeystoreException when this source has none (variable unset, file missing or empty, no console)
     */
    char[] password(PasswordUse use);

    /** Where the password comes from, for messages, e.g. {@code file /etc/veil/pass}. Never the password. */
    String description();

    /** The environment variable {@value #ENVIRONMENT_VARIABLE}. */
    static PasswordSource environment() {
        return new EnvironmentPassword(ENVIRONMENT_VARIABLE, System::getenv);
    }

    /** The first line of a file (without the line end); warns when others may read the file. */
    static PasswordSource file(Path file) {
        return new FilePassword(file);
    }

    /** The console, without echo; asks twice when creating. Fails where there is no console. */
    static PasswordSource console() {
        return new ConsolePassword();
    }

    /** The environment variable when it is set, else the console. */
    static PasswordSource environmentOrConsole() {
        PasswordSource environment = environment();
        return System.getenv(ENVIRONMENT_VARIABLE) != null ? environment : console();
    }
}
