package org.veil.broker.cms;

/** How the content-encryption key is encrypted to the recipient's RSA key. */
public enum KeyTransport {
    /**
     * RSAES-PKCS1-v1_5 ({@code rsaEncryption}), the RSA key transport PS3.15 E.1.1 specifies (RFC 2313, RFC 3370
     * section 4.2.1). The default, so any conforming re-identifier can decrypt.
     */
    RSA_PKCS1_V1_5,
    /**
     * RSAES-OAEP with SHA-256 and MGF1-SHA-256 (RFC 3560), the stronger padding of PKCS #1 v2 (RFC 3447, named by
     * PS3.15 Annex D). Not what E.1.1 names: use it only when the recipient is known to accept it.
     */
    RSA_OAEP_SHA256
}
