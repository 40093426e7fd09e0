package org.veil.broker.linkage;

import java.time.Clock;

/**
 * Options of a {@link LinkageStore}.
 *
 * @param keyFingerprint the fingerprint of the project key whose mappings this store instance reads and writes
 * @param batchSize      how many recorded links are buffered before they are written (also written on
 *                       {@link LinkageStore#flush()}, on any lookup and on close)
 * @param clock          the clock for first/last seen and warning times
 */
public record LinkageOptions(String keyFingerprint, int batchSize, Clock clock) {
    /** The default batch size. */
    public static final int DEFAULT_BATCH = 500;

    public LinkageOptions {
        if (keyFingerprint == null || keyFingerprint.isEmpty() || keyFingerprint.length() > 64) {
            throw new IllegalArgumentException("linkage options need a key fingerprint of 1..64 characters");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("linkage batch size must be positive, got " + batchSize);
        }
    }

    /** Default batch size and the UTC system clock. */
    public static LinkageOptions of(String keyFingerprint) {
        return new LinkageOptions(keyFingerprint, DEFAULT_BATCH, Clock.systemUTC());
    }

    public LinkageOptions withBatchSize(int size) {
        return new LinkageOptions(keyFingerprint, size, clock);
    }

    public LinkageOptions withClock(Clock newClock) {
        return new LinkageOptions(keyFingerprint, batchSize, newClock);
    }
}
