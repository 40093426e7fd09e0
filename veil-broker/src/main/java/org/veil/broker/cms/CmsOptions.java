package org.veil.broker.cms;

/**
 * Options of {@link AttributeEncryptor}.
 *
 * @param cipher       the content encryption
 * @param keyTransport the key transport to the recipient
 */
public record CmsOptions(ContentCipher cipher, KeyTransport keyTransport) {
    /** AES-256-CBC with RSA PKCS #1 v1.5 key transport, as PS3.15 E.1.1 specifies. */
    public static final CmsOptions DEFAULT = new CmsOptions(ContentCipher.AES_256_CBC, KeyTransport.RSA_PKCS1_V1_5);

    public CmsOptions {
        if (cipher == null || keyTransport == null) {
            throw new IllegalArgumentException("CMS options need a content cipher and a key transport");
        }
    }
}
