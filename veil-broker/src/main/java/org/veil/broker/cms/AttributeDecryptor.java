package org.veil.broker.cms;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;

/**
 * Opens Encrypted Content (0400,0520) with the recipient's private key (PS3.15 E.1.2 step 1): finds the
 * KeyTransRecipientInfo addressed to the certificate and decrypts the content with whatever cipher it names (AES of
 * any key length or Triple-DES, as E.1.2 requires; RSA PKCS #1 v1.5 or OAEP). Returns the encoded data set, which
 * the caller decodes with the transfer syntax of (0400,0510). Thread-safe.
 */
public final class AttributeDecryptor {
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    public AttributeDecryptor(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /**
     * The plaintext.
     *
     * @throws EncryptedAttributesException when the bytes are not EnvelopedData, nothing is addressed to the
     *                                      certificate, or decryption fails (wrong key, damaged content)
     */
    public byte[] decrypt(byte[] envelopedData) {
        CMSEnvelopedData data;
        try {
            data = new CMSEnvelopedData(envelopedData);
        } catch (CMSException | IllegalArgumentException | ClassCastException e) {
            throw new EncryptedAttributesException("Encrypted Content is not CMS EnvelopedData (it cannot be parsed "
                    + "as one)");
        }
        RecipientInformation recipient = data.getRecipientInfos().get(new JceKeyTransRecipientId(certificate));
        if (recipient == null) {
            throw new EncryptedAttributesException("Encrypted Content has no recipient for "
                    + certificate.getSubjectX500Principal() + " (serial " + certificate.getSerialNumber() + ")");
        }
        try {
            return recipient.getContent(new JceKeyTransEnvelopedRecipient(privateKey)
                    .setProvider(BouncyCastle.PROVIDER));
        } catch (CMSException | RuntimeException e) {
            // A wrong RSA key fails either in OAEP decoding (CMSException) or, when the ciphertext is larger
            // than the wrong key's modulus, in the RSA engine itself (an unchecked DataLengthException).
            throw new EncryptedAttributesException("cannot decrypt Encrypted Content: wrong private key or damaged"
                    + " content", e);
        }
    }
}
