package org.veil.cli;

import java.nio.file.Path;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Option;

/**
 * The keystore options shared by commands. The password comes from {@code VEIL_KEYSTORE_PASSWORD}, a file, or a
 * prompt — never from the command line.
 */
final class KeyOptions {
    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore holding the project key")
    Path keystore;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the keystore password (default: $VEIL_KEYSTORE_PASSWORD, "
                    + "else a prompt)")
    Path passwordFile;

    PasswordSource passwords() {
        return passwordFile != null ? PasswordSource.file(passwordFile) : PasswordSource.environmentOrConsole();
    }

    /** The project key from the keystore. */
    ProjectKey load() {
        return new KeystoreFile(required()).load(passwords());
    }

    Path required() {
        if (keystore == null) {
            throw new UsageException("--keystore FILE is required");
        }
        return keystore;
    }

    /** The default linkage database next to the keystore: {@code <keystore>.linkage} (H2). */
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
