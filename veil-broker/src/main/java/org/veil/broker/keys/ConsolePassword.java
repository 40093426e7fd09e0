package org.veil.broker.keys;

import java.io.Console;
import java.util.Arrays;

/** The password typed at the console without echo; asked twice when creating a keystore. */
final class ConsolePassword implements PasswordSource {

    @Override
    public char[] password(PasswordUse use) {
        Console console = System.console();
        if (console == null) {
            throw new KeystoreException("no keystore password: there is no console; set "
                    + PasswordSource.ENVIRONMENT_VARIABLE + " or use a password file");
        }
        char[] first = console.readPassword("Keystore password: ");
        if (first == null || first.length == 0) {
            throw new KeystoreException("no keystore password: nothing was typed");
        }
        if (use == PasswordUse.CREATE) {
            char[] second = console.readPassword("Repeat the keystore password: ");
            boolean same = Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new KeystoreException("the two keystore passwords differ");
            }
        }
        return first;
    }

    @Override
    public String description() {
        return "console";
    }
}
