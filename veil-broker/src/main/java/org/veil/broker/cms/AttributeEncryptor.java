package org.veil.broker.cms;

import java.io.IOException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.veil.dicom.io.FailureText;

/**
 * Encrypts the encoded item of the Modified Attributes Sequence (0400,0550) for one recipient certificate (PS3.15
 * E.1.1 step 4): a DER-encoded CMS ContentInfo of type EnvelopedData with one KeyTransRecipientInfo (identified by
 * issuer and serial number) and AES-CBC encrypted content, to be stored as Encrypted Content (0400,0520) next to
 * Encrypted Content Transfer Syntax UID (0400,0510). Each call uses a fresh content key and IV. Thread-safe.
 */
public final class AttributeEncryptor implements org.veil.deid.engine.AttributeProtector {
    private final X509Certificate recipient;
    private final CmsOptions options;

    public AttributeEncryptor(X509Certificate recipient, CmsOptions options) {
        if (!"RSA".equals(recipient.getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("the recipient certificate must hold an RSA key, not "
                    + recipient.getPublicKey().getAlgorithm());
        }
        this.recipient = recipient;
        this.options = options;
    }

    /** The EnvelopedData for the plaintext bytes. */
    @Override
    public byte[] encrypt(byte[] plaintext) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(recipientInfo());
            CMSEnvelopedData data = generator.generate(new CMSProcessableByteArray(plaintext),
                    new JceCMSContentEncryptorBuilder(options.cipher().oid()).setProvider(BouncyCastle.PROVIDER)
                            .build());
            return data.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (CMSException | IOException | CertificateEncodingException | InvalidAlgorithmParameterException e) {
            throw new EncryptedAttributesException("cannot encrypt attributes for " + recipient.getSubjectX500Principal()
                    + " (the certificate or the encryption algorithm cannot be used: " + FailureText.of(e) + ")");
        }
    }

    private JceKeyTransRecipientInfoGenerator recipientInfo()
            throws CertificateEncodingException, InvalidAlgorithmParameterException {
        JceKeyTransRecipientInfoGenerator generator = switch (options.keyTransport()) {
            case RSA_PKCS1_V1_5 -> new JceKeyTransRecipientInfoGenerator(recipient);
            case RSA_OAEP_SHA256 -> new JceKeyTransRecipientInfoGenerator(recipient, oaepSha256());
        };
        return generator.setProvider(BouncyCastle.PROVIDER);
    }

    private static AlgorithmIdentifier oaepSha256() throws InvalidAlgorithmParameterException {
        OAEPParameterSpec spec = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT);
        return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                spec);
    }
}
