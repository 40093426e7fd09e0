package org.veil.broker.cms;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.function.Supplier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A recipient's private key in a PEM file, as OpenSSL writes it: PKCS #8 ({@code PRIVATE KEY}), traditional
 * ({@code RSA PRIVATE KEY}), or encrypted ({@code ENCRYPTED PRIVATE KEY}, or a traditional key with a DEK-Info
 * header), the password of an encrypted key asked for only when needed. Messages name the file, never key material.
 */
public final class RecipientKeyFile {
    private RecipientKeyFile() {
    }

    /**
     * The private key in {@code file}.
     *
     * @param password called only for an encrypted key
     * @throws EncryptedAttributesException when the file holds no private key or its password is wrong
     */
    public static PrivateKey load(Path file, Supplier<char[]> password) throws IOException {
        Object object;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(in)) {
            object = pem.readObject();
        } catch (PEMException | IllegalArgumentException e) {
            throw new EncryptedAttributesException(file + ": not a PEM private key file", e);
        }
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
        try {
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                                .build(password.get())));
            }
            if (object instanceof PEMEncryptedKeyPair encrypted) {
                return converter.getKeyPair(encrypted.decryptKeyPair(
                        new JcePEMDecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                                .build(password.get()))).getPrivate();
            }
        } catch (PKCSException | OperatorCreationException | PEMException e) {
            throw new EncryptedAttributesException(file + ": cannot open the private key (wrong password or damaged"
                    + " file)", e);
        }
        throw new EncryptedAttributesException(file + ": holds no private key (found "
                + (object == null ? "nothing" : "another kind of PEM object") + ")");
    }
}
