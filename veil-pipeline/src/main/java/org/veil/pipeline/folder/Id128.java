package org.veil.pipeline.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A 128-bit identifier (an input id or the digest of an output name), stored as two longs so that large runs keep
 * their tables small.
 *
 * @param hi the first 64 bits
 * @param lo the last 64 bits
 */
record Id128(long hi, long lo) {
    /** One digest per thread (looking one up scans the security providers; a digest is reset by each use). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    /** Parses 32 hex digits. */
    static Id128 parse(String hex) {
        if (hex.length() != 32) {
            throw new IllegalArgumentException("not a 128-bit hex id: " + hex.length() + " characters");
        }
        return new Id128(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** The first 16 bytes of a digest or MAC. */
    static Id128 of(byte[] b) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (b[i] & 0xFF);
            lo = lo << 8 | (b[i + 8] & 0xFF);
        }
        return new Id128(hi, lo);
    }

    /** The first 128 bits of SHA-256 of the UTF-8 text (for output names, which are not secret). */
    static Id128 digest(String text) {
        return of(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    String hex() {
        HexFormat h = HexFormat.of();
        return h.toHexDigits(hi) + h.toHexDigits(lo);
    }

    /*
     * equals and hashCode written out (the same values as the record's generated ones): the generated methods are
     * linked at first use by ObjectMethods, which spins about ten method handle classes at run time that the class
     * data archive cannot hold, and the compiler then has to compile that spinning code (docs/BENCHMARKS.md,
     * "JVM costs, stop 17").
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Id128 other && hi == other.hi && lo == other.lo;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(hi) + Long.hashCode(lo);
    }

    @Override
    public String toString() {
        return hex();
    }
}
