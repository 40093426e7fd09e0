package org.veil.broker.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The self-signed certificate of a delivery signing key (SHA256withECDSA, ten years), signed by the key itself. */
public final class SelfSignedCertificate {
    private SelfSignedCertificate() {
    }

    /**
     * A certificate for {@code subject} (characters with a meaning in a distinguished name are replaced by spaces).
     *
     * @param signer the provider that signs with {@code key} (a token's), or null for the default providers
     */
    public static X509Certificate of(PublicKey publicKey, PrivateKey key, Provider signer, String subject)
            throws GeneralSecurityException, OperatorCreationException {
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + subject.replaceAll("[,=+<>#;\"\\\\]", " ") + ", O=Veil delivery signer");
        JcaContentSignerBuilder content = new JcaContentSignerBuilder("SHA256withECDSA");
        if (signer != null) {
            content.setProvider(signer);
        }
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(Duration.ofDays(3650))), name, publicKey).build(content.build(key)));
    }
}
