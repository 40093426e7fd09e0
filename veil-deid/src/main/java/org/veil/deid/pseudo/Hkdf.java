package org.veil.deid.pseudo;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): {@link #extract} a pseudorandom key from input keying material, then
 * {@link #expand} it into as many output bytes as needed, bound to an {@code info} label.
 */
public final class Hkdf {
    /** HashLen of SHA-256 in bytes. */
    public static final int HASH_LENGTH = 32;
    /** The largest output of {@link #expand}: 255 * HashLen (RFC 5869 section 2.3). */
    public static final int MAX_OUTPUT = 255 * HASH_LENGTH;
    static final String ALGORITHM = "HmacSHA256";

    private Hkdf() {
    }

    /**
     * HKDF-Extract: PRK = HMAC-Hash(salt, IKM). A null or empty salt stands for HashLen zero bytes (RFC 5869
     * section 2.2), which gives the same HMAC key.
     */
    public static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        Mac mac = mac(key);
        return mac.doFinal(inputKeyMaterial);
    }

    /**
     * HKDF-Expand: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), output = the first {@code length} bytes of T(1) | T(2)...
     *
     * @throws IllegalArgumentException when the PRK is shorter than HashLen or the length is outside 1..8160
     */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (prk.length < HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF PRK must have at least " + HASH_LENGTH + " bytes, got "
                    + prk.length);
        }
        if (length < 1 || length > MAX_OUTPUT) {
            throw new IllegalArgumentException("HKDF output length must be 1.." + MAX_OUTPUT + ", got " + length);
        }
        Mac mac = mac(prk);
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        int written = 0;
        for (int counter = 1; written < length; counter++) {
            mac.update(previous);
            mac.update(info == null ? new byte[0] : info);
            mac.update((byte) counter);
            previous = mac.doFinal();
            int n = Math.min(previous.length, length - written);
            System.arraycopy(previous, 0, out, written, n);
            written += n;
        }
        Arrays.fill(previous, (byte) 0);
        return out;
    }

    /** Extract then expand. */
    public static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        byte[] prk = extract(salt, inputKeyMaterial);
        try {
            return expand(prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("HMAC-SHA256 rejected the key (" + key.length + " bytes)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }
}
