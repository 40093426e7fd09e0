package org.veil.broker.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.ProviderException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Removes a private key the token generated but could not store with its certificate. SunPKCS11's key store lists
 * only private keys that have a certificate, and deletes a key only through its entry; so the key is stored once more,
 * with a certificate for its public key signed in software (nobody ever sees it), and that entry is deleted, which
 * destroys the key and the certificate.
 */
final class OrphanKey {
    private OrphanKey() {
    }

    /** Removes the pair's private key from the token; returns a sentence saying whether it was removed. */
    static String remove(TokenSession s, String alias, KeyPair pair, String subject) {
        try {
            if (!s.store().containsAlias(alias)) {
                s.store().setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {placeholder(pair, subject)});
            }
            s.store().deleteEntry(alias);
            return "the key pair generated for it was removed from the token";
        } catch (GeneralSecurityException | OperatorCreationException | ProviderException e) {
            return "the private key generated for it could not be removed and stays in the token without a "
                    + "certificate; remove it with the token's own tools";
        }
    }

    /** A certificate for the pair's public key, signed by a throwaway software key: only to name the entry. */
    private static X509Certificate placeholder(KeyPair pair, String subject)
            throws GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return SelfSignedCertificate.of(pair.getPublic(), generator.generateKeyPair().getPrivate(), null, subject);
    }
}
