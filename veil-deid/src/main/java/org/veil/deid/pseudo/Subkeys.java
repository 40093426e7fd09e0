package org.veil.deid.pseudo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;

/**
 * One HMAC-SHA256 key per {@link KeyPurpose}, derived from the project key with HKDF-SHA256 (RFC 5869):
 * PRK = HKDF-Extract("veil-hkdf-v1", key), subkey = HKDF-Expand(PRK, "veil/v1/" + label, 32).
 *
 * <p>Thread-safe: each call works on its own copy of the keyed MAC. The subkeys themselves are never handed out.
 */
public final class Subkeys {
    private static final byte[] SALT = "veil-hkdf-v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<KeyPurpose, Mac> prototypes;

    private Subkeys(Map<KeyPurpose, Mac> prototypes) {
        this.prototypes = prototypes;
    }

    static Subkeys derive(byte[] projectSecret) {
        byte[] prk = Hkdf.extract(SALT, projectSecret);
        Map<KeyPurpose, Mac> macs = new EnumMap<>(KeyPurpose.class);
        try {
            for (KeyPurpose purpose : KeyPurpose.values()) {
                byte[] subkey = Hkdf.expand(prk, purpose.info(), Hkdf.HASH_LENGTH);
                macs.put(purpose, Hkdf.mac(subkey));
                Arrays.fill(subkey, (byte) 0);
            }
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
        return new Subkeys(macs);
    }

    /** HMAC-SHA256 of the message under the purpose's subkey: 32 bytes. */
    public byte[] hmac(KeyPurpose purpose, byte[] message) {
        return macFor(purpose).doFinal(message);
    }

    /** A fresh keyed MAC for incremental use by one thread. */
    public Mac macFor(KeyPurpose purpose) {
        Mac prototype = prototypes.get(purpose);
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + Hkdf.ALGORITHM + " cannot be cloned", e);
        }
    }

    @Override
    public String toString() {
        return "Subkeys[(hidden)]";
    }
}
