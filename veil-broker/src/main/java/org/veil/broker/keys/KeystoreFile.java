package org.veil.broker.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.broker.PrivateFile;
import org.veil.broker.audit.AuditMessageWriter;
import org.veil.broker.audit.AuditMessages;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.FailureText;

/**
 * A PKCS#12 keystore file holding the project secret as the secret-key entry {@value #ALIAS}, protected with
 * PBES2 (PBKDF2-HMAC-SHA256, AES-256, {@value #ITERATIONS} iterations) under the keystore password. Created with mode
 * 600 where POSIX permissions exist; never overwritten. The loaded key's id is its fingerprint.
 */
public final class KeystoreFile {
    /** The alias of the project key entry. */
    public static final String ALIAS = "veil-project-key";
    /** PBKDF2 iterations protecting the entry. */
    public static final int ITERATIONS = 210_000;
    /** The shortest password accepted for a new keystore. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String TYPE = "PKCS12";
    private static final String PROTECTION = "PBEWithHmacSHA256AndAES_256";
    private static final Logger LOG = LoggerFactory.getLogger(KeystoreFile.class);

    private final Path file;

    public KeystoreFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Creates the keystore with a fresh random key. */
    public ProjectKey create(PasswordSource passwords) {
        return create(passwords, ProjectKey.random());
    }

    /**
     * Creates the keystore holding the given key (e.g. to move a key to a new password or place).
     *
     * @throws KeystoreException when the file exists, the password is too short or the file cannot be written
     */
    public ProjectKey create(PasswordSource passwords, ProjectKey key) {
        if (Files.exists(file)) {
            throw new KeystoreException(file + " already exists; refusing to overwrite a keystore");
        }
        char[] password = passwords.password(PasswordUse.CREATE);
        byte[] secret = key.secretBytes();
        try {
            if (password.length < MIN_PASSWORD_LENGTH) {
                throw new KeystoreException("the keystore password from " + passwords.description() + " is shorter"
                        + " than " + MIN_PASSWORD_LENGTH + " characters");
            }
            write(keystore(secret, password), password);
            LOG.info("{}: created keystore for key {}", file, key.fingerprint());
            AuditMessageWriter.besideKeystore(file).write(AuditMessages.keyCreated(key.fingerprint(),
                    "PKCS#12 keystore", Instant.now()));
            return ProjectKey.of(secret);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Loads the project key.
     *
     * @throws KeystoreException when the file is missing, not a PKCS#12 keystore, the password is wrong, or the entry
     *                           is missing or not a 256-bit secret
     */
    public ProjectKey load(PasswordSource passwords) {
        warnIfShared();
        char[] password = passwords.password(PasswordUse.OPEN);
        try {
            KeyStore store = read(password);
            KeyStore.Entry entry = store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
            if (!(entry instanceof KeyStore.SecretKeyEntry secretEntry)) {
                throw new KeystoreException(file + ": no secret-key entry '" + ALIAS + "'");
            }
            byte[] secret = secretEntry.getSecretKey().getEncoded();
            try {
                if (secret == null || secret.length != ProjectKey.LENGTH) {
                    throw new KeystoreException(file + ": entry '" + ALIAS + "' is not a 256-bit secret");
                }
                ProjectKey key = ProjectKey.of(secret);
                LOG.info("{}: loaded key {}", file, key.fingerprint());
                return key;
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, (byte) 0);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(passwords);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException(file + ": cannot read entry '" + ALIAS + "' (the entry is damaged or uses an "
                    + "algorithm this Java cannot read)");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private KeyStore keystore(byte[] secret, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(null, null);
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            SecretKey key = new SecretKeySpec(secret, "AES");
            store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password,
                    PROTECTION, new PBEParameterSpec(salt, ITERATIONS)));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new KeystoreException("cannot build a PKCS#12 keystore (this Java lacks PKCS#12 "
                    + "support: " + FailureText.of(e) + ")", e);
        }
    }

    private void write(KeyStore store, char[] password) {
        try {
            PrivateFile.createNew(file);
        } catch (FileAlreadyExistsException e) {
            throw new KeystoreException(file + " already exists; refusing to overwrite a keystore");
        } catch (IOException e) {
            throw new KeystoreException("cannot create " + file + ": " + FailureText.withoutDetail(e));
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
            store.store(out, password);
        } catch (GeneralSecurityException | IOException e) {
            deleteQuietly();
            throw new KeystoreException("cannot write " + file + ": " + FailureText.withoutDetail(e));
        }
    }

    private KeyStore read(char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new KeystoreException(file + ": no keystore there");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new UnrecoverableKeyException();
            }
            throw new KeystoreException(file + ": not a readable PKCS#12 keystore (damaged, or not a "
                    + "keystore)");
        }
    }

    private KeystoreException wrongPassword(PasswordSource passwords) {
        return new KeystoreException(file + ": wrong keystore password (from " + passwords.description()
                + "), or the file is damaged");
    }

    private void warnIfShared() {
        try {
            if (Files.exists(file) && PrivateFile.shared(file)) {
                LOG.warn("{}: keystore is accessible to group or others; chmod 600 it", file);
            }
        } catch (IOException e) {
            LOG.debug("{}: cannot check the keystore's permissions ({})", file, FailureText.withoutDetail(e));
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("{}: could not remove the incomplete keystore ({})", file, FailureText.withoutDetail(e));
        }
    }
}
