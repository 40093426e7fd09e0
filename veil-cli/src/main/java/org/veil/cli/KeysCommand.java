package org.veil.cli;

import java.util.concurrent.Callable;
import org.veil.broker.keys.KeystoreFile;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code veil keys init|show}: the project key in a PKCS#12 keystore; only its fingerprint is ever shown. */
@Command(name = "keys", description = "Create or inspect the project key (only its fingerprint is shown).",
        subcommands = {KeysCommand.Init.class, KeysCommand.Show.class}, mixinStandardHelpOptions = true)
final class KeysCommand {

    /** {@code veil keys init --keystore FILE}. */
    @Command(name = "init", description = "Create a keystore with a new random 256-bit project key.",
            mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Override
        public Integer call() {
            ProjectKey k = new KeystoreFile(key.required()).create(key.passwords());
            System.out.println("created " + key.keystore + " (key fingerprint " + k.fingerprint() + ")");
            System.out.println("keep the keystore and its password safe: without them pseudonyms cannot be "
                    + "reproduced or reversed");
            return Veil.OK;
        }
    }

    /** {@code veil keys show --keystore FILE}. */
    @Command(name = "show", description = "Print the key's fingerprint and id.", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Override
        public Integer call() {
            ProjectKey k = key.load();
            System.out.println("keystore    " + key.keystore);
            System.out.println("key id      " + k.keyId());
            System.out.println("fingerprint " + k.fingerprint());
            return Veil.OK;
        }
    }
}
