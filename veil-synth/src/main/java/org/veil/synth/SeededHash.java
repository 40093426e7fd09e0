package org.veil.synth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Deterministic values from (seed, purpose, index): a random stream and UIDs. Unkeyed on purpose: these are the
 * synthetic originals, not pseudonyms.
 */
final class SeededHash {
    private final SplittableRandom random;
    private final byte[] digest;

    SeededHash(long seed, String purpose, long index) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((seed + "/" + purpose + "/" + index).getBytes(StandardCharsets.UTF_8));
            digest = md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long s = 0;
        for (int i = 0; i < 8; i++) {
            s = s << 8 | (digest[i] & 0xFF);
        }
        random = new SplittableRandom(s);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A UID {@code 2.25.<decimal of 128 bits>} (PS3.5 B.2) for (seed, purpose, index). */
    String uid() {
        byte[] b = new byte[16];
        System.arraycopy(digest, 8, b, 0, 16);
        return "2.25." + new BigInteger(1, b);
    }

    static String uid(long seed, String purpose, long index) {
        return new SeededHash(seed, purpose, index).uid();
    }
}
