package org.veil.deid.pseudo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * The project's 256-bit secret, from which every pseudonym, UID and date offset is derived through {@link Subkeys}.
 * Whoever holds it can recompute the mapping for any guessed input: keep it in a keystore, never in a
 * configuration file or a log.
 *
 * <p>An {@linkplain #external external} key lives in a hardware token: this object then has its fingerprint and
 * subkey MACs, never its bytes.
 *
 * <p>{@link #toString()} shows the key id and fingerprint only. Record the {@link #keyId()} or {@link #fingerprint()}
 * with derived data, never the key.
 */
public final class ProjectKey {
    /** Length of the secret in bytes. */
    public static final int LENGTH = 32;
    private static final int KEY_ID_MAX = 64;
    private static final byte[] FINGERPRINT_MESSAGE = "fingerprint".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;
    private final String keyId;
    private final String fingerprint;
    private final Subkeys subkeys;

    private ProjectKey(String keyId, byte[] secret) {
        this.secret = secret;
        this.fingerprint = fingerprintOf(secret);
        this.keyId = keyId == null ? fingerprint : checkKeyId(keyId);
        this.subkeys = Subkeys.derive(secret);
    }

    private ProjectKey(String fingerprint, Subkeys subkeys) {
        this.secret = null;
        this.fingerprint = fingerprint;
        this.keyId = fingerprint;
        this.subkeys = subkeys;
    }

    /**
     * A key held elsewhere (a PKCS#11 token) that computes every subkey MAC itself.
     *
     * @param fingerprint the key's 16-hex-digit fingerprint, recorded when it was created or imported
     * @param subkeys     MACs computed by the holder
     * @throws IllegalArgumentException when the fingerprint is not 16 lowercase hex digits
     */
    public static ProjectKey external(String fingerprint, Subkeys subkeys) {
        if (fingerprint == null || !fingerprint.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a key fingerprint has 16 lowercase hex digits");
        }
        return new ProjectKey(fingerprint, Objects.requireNonNull(subkeys, "subkeys"));
    }

    /**
     * The fingerprint of a key held in a token, from the token's HMAC(key, "fingerprint") (same formula as for a
     * secret in memory).
     */
    public static String fingerprintOf(Mac keyMac) {
        return fingerprintFrom(keyMac.doFinal(FINGERPRINT_MESSAGE));
    }

    /**
     * A key from 32 secret bytes (copied), whose key id is its fingerprint.
     *
     * @throws IllegalArgumentException when the length is not 32 or all bytes are zero
     */
    public static ProjectKey of(byte[] secret) {
        return new ProjectKey(null, checkSecret(secret));
    }

    /**
     * A key from 32 secret bytes (copied) with a chosen key id: 1..64 printable ASCII characters, no backslash.
     */
    public static ProjectKey of(String keyId, byte[] secret) {
        return new ProjectKey(checkKeyId(keyId), checkSecret(secret));
    }

    /** A fresh key from {@link SecureRandom}, for runs without a keystore (nothing can be re-identified later). */
    public static ProjectKey random() {
        byte[] secret = new byte[LENGTH];
        new SecureRandom().nextBytes(secret);
        return new ProjectKey(null, secret);
    }

    /**
     * 16 lowercase hex digits identifying the key without revealing it: the start of
     * SHA-256("veil-fingerprint" | HMAC-SHA256(key, "fingerprint")).
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The id recorded with derived data; the fingerprint unless chosen in {@link #of(String, byte[])}. */
    public String keyId() {
        return keyId;
    }

    /** The purpose-specific subkeys. */
    public Subkeys subkeys() {
        return subkeys;
    }

    /** A copy of the secret, for storing it in a keystore. The caller should overwrite it after use. */
    public byte[] secretBytes() {
        if (secret == null) {
            throw new IllegalStateException("key " + fingerprint + " is held in a hardware token and its bytes cannot "
                    + "be read; use the token itself");
        }
        return secret.clone();
    }

    /** Same secret (compared in constant time) and same key id; an external key equals only itself. */
    @Override
    public boolean equals(Object o) {
        if (secret == null || !(o instanceof ProjectKey other) || other.secret == null) {
            return this == o;
        }
        return MessageDigest.isEqual(secret, other.secret) && keyId.equals(other.keyId);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectKey[keyId=" + keyId + ", fingerprint=" + fingerprint + ", secret=(hidden)]";
    }

    private static byte[] checkSecret(byte[] secret) {
        if (secret == null || secret.length != LENGTH) {
            throw new IllegalArgumentException("a project key has " + LENGTH + " bytes, got "
                    + (secret == null ? "none" : secret.length));
        }
        int or = 0;
        for (byte b : secret) {
            or |= b;
        }
        if (or == 0) {
            throw new IllegalArgumentException("a project key of only zero bytes is not a secret");
        }
        return secret.clone();
    }

    private static String checkKeyId(String keyId) {
        if (keyId == null || keyId.isEmpty() || keyId.length() > KEY_ID_MAX) {
            throw new IllegalArgumentException("a key id has 1.." + KEY_ID_MAX + " characters");
        }
        for (int i = 0; i < keyId.length(); i++) {
            char c = keyId.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                throw new IllegalArgumentException("a key id has printable ASCII characters except backslash; "
                        + "position " + i + " is not");
            }
        }
        return keyId;
    }

    private static String fingerprintOf(byte[] secret) {
        return fingerprintFrom(Hkdf.mac(secret).doFinal(FINGERPRINT_MESSAGE));
    }

    private static String fingerprintFrom(byte[] mac) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("veil-fingerprint".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(mac);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } finally {
            Arrays.fill(mac, (byte) 0);
        }
    }
}
