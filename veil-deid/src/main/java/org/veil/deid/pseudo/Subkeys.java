package org.veil.deid.pseudo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * One HMAC-SHA256 key per {@link KeyPurpose}, derived from the project key with HKDF-SHA256 (RFC 5869):
 * PRK = HKDF-Extract("veil-hkdf-v1", key), subkey = HKDF-Expand(PRK, "veil/v1/" + label, 32).
 *
 * <p>Thread-safe: {@link #hmac} of a software key reuses one keyed MAC per thread and purpose (copied once from the
 * derived one: setting up a MAC per derivation cost more than the HMAC itself); {@link #macFor} and every MAC from a
 * {@link MacSource} such as a PKCS#11 token (whose MACs cannot be copied) are fresh. The subkeys themselves are never
 * handed out.
 */
public final class Subkeys {
    private static final byte[] SALT = "veil-hkdf-v1".getBytes(StandardCharsets.US_ASCII);

    private final MacSource source;
    /** Per thread, the MAC of each purpose by ordinal; null for an external source. */
    private final ThreadLocal<Mac[]> reused;

    private Subkeys(MacSource source, boolean reusable) {
        this.source = source;
        this.reused = reusable ? ThreadLocal.withInitial(() -> new Mac[KeyPurpose.values().length]) : null;
    }

    /** Makes a fresh keyed HMAC-SHA256 for a purpose, e.g. one computed by a hardware token. */
    @FunctionalInterface
    public interface MacSource {
        /** A new MAC keyed with the purpose's subkey, for one thread. */
        Mac newMac(KeyPurpose purpose);
    }

    /** Subkeys whose MACs come from elsewhere (a token holding them); this class then never sees key bytes. */
    public static Subkeys external(MacSource source) {
        return new Subkeys(Objects.requireNonNull(source, "source"), false);
    }

    /** The PRK of HKDF-Extract for a project secret; the caller overwrites it after use (to move a key to a token). */
    public static byte[] prk(byte[] projectSecret) {
        return Hkdf.extract(SALT, projectSecret);
    }

    /** HKDF-Expand's message for one 32-byte subkey: {@code info | 0x01}; HMAC(PRK, this) is the subkey. */
    public static byte[] expandMessage(KeyPurpose purpose) {
        byte[] info = purpose.info();
        byte[] message = Arrays.copyOf(info, info.length + 1);
        message[info.length] = 1;
        return message;
    }

    static Subkeys derive(byte[] projectSecret) {
        byte[] prk = prk(projectSecret);
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
        return new Subkeys(purpose -> copy(macs.get(purpose)), true);
    }

    /** HMAC-SHA256 of the message under the purpose's subkey: 32 bytes. */
    public byte[] hmac(KeyPurpose purpose, byte[] message) {
        if (reused == null) {
            return macFor(purpose).doFinal(message);
        }
        Mac[] mine = reused.get();
        Mac mac = mine[purpose.ordinal()];
        if (mac == null) {
            mac = source.newMac(purpose);
            mine[purpose.ordinal()] = mac;
        }
        return mac.doFinal(message);
    }

    /** A fresh keyed MAC for incremental use by one thread. */
    public Mac macFor(KeyPurpose purpose) {
        return source.newMac(purpose);
    }

    private static Mac copy(Mac prototype) {
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
