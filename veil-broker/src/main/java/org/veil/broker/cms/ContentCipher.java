package org.veil.broker.cms;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;

/**
 * Content encryption. PS3.15 E.1.1 allows AES (RFC 3565, CBC mode; any key length) or Triple-DES; Triple-DES is only
 * read, never written. AES-GCM (RFC 5084) is not named by E.1.1 and therefore not offered.
 */
public enum ContentCipher {
    /** AES-128 in CBC mode. */
    AES_128_CBC(CMSAlgorithm.AES128_CBC),
    /** AES-192 in CBC mode. */
    AES_192_CBC(CMSAlgorithm.AES192_CBC),
    /** AES-256 in CBC mode (the default). */
    AES_256_CBC(CMSAlgorithm.AES256_CBC);

    private final ASN1ObjectIdentifier oid;

    ContentCipher(ASN1ObjectIdentifier oid) {
        this.oid = oid;
    }

    ASN1ObjectIdentifier oid() {
        return oid;
    }
}
