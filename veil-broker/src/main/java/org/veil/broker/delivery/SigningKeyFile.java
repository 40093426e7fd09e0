package org.veil.broker.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.operator.OperatorCreationException;
import org.veil.broker.keys.KeystoreException;
import org.veil.broker.keys.SelfSignedCertificate;
import org.veil.broker.keys.SigningKey;

/**
 * The delivery signing key: an ECDSA P-256 key pair with a self-signed certificate, kept in a PKCS#12 file next to
 * the project keystore ({@code <keystore>.signing.p12}, mode 600) under the keystore's password, created on first
 * use. Recipients check signatures against the certificate, handed to them out of band.
 *
 * @param key         the private key
 * @param certificate the signer's certificate
 */
public record SigningKeyFile(PrivateKey key, X509Certificate certificate) implements SigningKey {
    private static final String ALIAS = "veil-delivery-signing";

    /** The signing file that belongs to a project keystore. */
    public static Path beside(Path keystore) {
        Path k = keystore.toAbsolutePath();
        return k.resolveSibling(k.getFileName() + ".signing.p12");
    }

    /** Loads the signing key from {@code file}, creating it (for {@code subject}) when the file does not exist. */
    public static SigningKeyFile loadOrCreate(Path file, char[] password, String subject) {
        try {
            if (Files.exists(file)) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    ks.load(in, password);
                }
                if (!(ks.getEntry(ALIAS, new KeyStore.PasswordProtection(password))
                        instanceof KeyStore.PrivateKeyEntry entry)) {
                    throw new KeystoreException(file + ": no delivery signing key '" + ALIAS + "'");
                }
                return new SigningKeyFile(entry.getPrivateKey(), (X509Certificate) entry.getCertificate());
            }
            return create(file, password, subject);
        } catch (IOException e) {
            throw new KeystoreException(file + ": cannot open the delivery signing key (wrong password or damaged"
                    + " file)");
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new KeystoreException(file + ": cannot use the delivery signing key (" + e.getMessage() + ")");
        }
    }

    private static SigningKeyFile create(Path file, char[] password, String subject)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair pair = g.generateKeyPair();
        X509Certificate cert = SelfSignedCertificate.of(pair.getPublic(), pair.getPrivate(), null, subject);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, pair.getPrivate(), password, new java.security.cert.Certificate[] {cert});
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            ks.store(out, password);
        }
        return new SigningKeyFile(pair.getPrivate(), cert);
    }
}
