package org.veil.broker.cms;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throwaway key pairs with self-signed certificates for tests. */
final class TestCertificates {
    record Recipient(KeyPair keys, X509Certificate certificate) {
    }

    private TestCertificates() {
    }

    static Recipient rsa(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return selfSigned(generator.generateKeyPair(), commonName, "SHA256withRSA");
    }

    static Recipient ec(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return selfSigned(generator.generateKeyPair(), commonName, "SHA256withECDSA");
    }

    private static Recipient selfSigned(KeyPair keys, String commonName, String signature) throws Exception {
        X500Name name = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                keys.getPublic());
        var signer = new JcaContentSignerBuilder(signature).build(keys.getPrivate());
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(builder.build(signer));
        return new Recipient(keys, certificate);
    }
}
