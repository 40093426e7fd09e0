package org.veil.cli;

import java.util.concurrent.Callable;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.Pkcs11Token;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code veil keys init|show|import-to-token}: the project key in a PKCS#12 keystore or a PKCS#11 token; only its
 * fingerprint is ever shown.
 */
@Command(name = "keys", description = "Create or inspect the project key (only its fingerprint is shown).",
        subcommands = {KeysCommand.Init.class, KeysCommand.Show.class, KeysCommand.ImportToToken.class},
        mixinStandardHelpOptions = true)
final class KeysCommand {

    /** {@code veil keys init --keystore FILE} or {@code veil keys init --pkcs11 CONFIG}. */
    @Command(name = "init", description = "Create a keystore with a new random 256-bit project key, or generate the "
            + "key inside a PKCS#11 token (--pkcs11), where it cannot be extracted.", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Override
        public Integer call() {
            if (key.pkcs11 != null) {
                ProjectKey k = new Pkcs11Token(key.required()).create(key.pins());
                System.out.println("generated key " + k.fingerprint() + " inside the PKCS#11 token of " + key.pkcs11);
                System.out.println("the key cannot leave the token: back the token up with its own tools (a lost "
                        + "token means pseudonyms cannot be reproduced or reversed)");
                return Veil.OK;
            }
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
            System.out.println((key.pkcs11 != null ? "pkcs11      " : "keystore    ") + key.required());
            System.out.println("key id      " + k.keyId());
            System.out.println("fingerprint " + k.fingerprint());
            return Veil.OK;
        }
    }

    /** {@code veil keys import-to-token --keystore FILE --pkcs11 CONFIG}: move a file key into a token. */
    @Command(name = "import-to-token", description = "Copy the key of a PKCS#12 keystore into an empty PKCS#11 token "
            + "(same fingerprint, same pseudonyms); then keep the keystore offline or destroy it.",
            mixinStandardHelpOptions = true)
    static final class ImportToToken implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Override
        public Integer call() {
            if (key.keystore == null || key.pkcs11 == null) {
                throw key.usage("import-to-token needs both --keystore FILE and --pkcs11 CONFIG");
            }
            ProjectKey file = new KeystoreFile(key.keystore).load(key.passwords());
            ProjectKey token = new Pkcs11Token(key.pkcs11).importKey(key.pins(), file);
            System.out.println("imported key " + token.fingerprint() + " into the PKCS#11 token of " + key.pkcs11
                    + "; the token gives the same pseudonyms as " + key.keystore);
            return Veil.OK;
        }
    }
}
