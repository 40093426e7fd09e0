package org.veil.deid.pseudo;

/**
 * The key 0x01..0x20 of src/test/resources/reference/pseudo_reference.py, an independent Python implementation of
 * the derivations (hmac, hashlib, cryptography's HKDF) that produced the expected values of the golden tests.
 */
final class ReferenceKey {
    private ReferenceKey() {
    }

    static byte[] bytes() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i + 1);
        }
        return key;
    }

    static ProjectKey key() {
        return ProjectKey.of(bytes());
    }
}
