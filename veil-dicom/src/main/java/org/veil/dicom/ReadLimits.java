package org.veil.dicom;

/**
 * Bounds that keep a hostile or broken file from exhausting memory, stack or time. Exceeding one raises
 * {@link ReadLimitException} naming the knob, e.g. {@code exceeds ReadLimits.maxDepth (128)}.
 *
 * @param maxValueLength     largest value (in bytes) loaded into memory; larger non-bulk values are an error
 * @param bulkDataThreshold  values of VR OB, OW, OF, OD, OL, OV, UN and Pixel Data longer than this are not loaded but
 *                           referenced as (file, offset, length) when the input is seekable
 * @param maxDepth           deepest sequence nesting accepted
 * @param maxInflatedBytes   largest inflated size of a deflated data set (deflate bomb guard)
 * @param maxInflateRatio    largest ratio of inflated to compressed bytes once past 1 MiB (deflate bomb guard)
 * @param maxItems           most items in one sequence or fragments in one pixel data element
 * @param leniency           how recoverable deviations are treated
 * @param maxLoadedBytes     the memory budget of one instance: the most value bytes held in memory at once (values
 *                           referenced as bulk data do not count); an instance that needs more is refused, naming
 *                           this knob, rather than exhausting the heap. A thread working on one instance needs up
 *                           to about {@value #WORKING_COPIES} times this (values, their decoded text, the output)
 */
public record ReadLimits(long maxValueLength, long bulkDataThreshold, int maxDepth, long maxInflatedBytes,
                         int maxInflateRatio, int maxItems, Leniency leniency, long maxLoadedBytes) {

    /** How many times {@link #maxLoadedBytes()} one thread may need while it processes an instance. */
    public static final int WORKING_COPIES = 4;

    /**
     * 64 MiB values, 64 KiB bulk threshold, depth 128, 1 GiB inflated, ratio 1000, 10 million items, lenient, 256 MiB
     * of loaded values per instance.
     */
    public static final ReadLimits DEFAULT = builder().build();

    public ReadLimits {
        if (maxValueLength <= 0 || bulkDataThreshold < 0 || maxDepth <= 0 || maxInflatedBytes <= 0
                || maxInflateRatio <= 0 || maxItems <= 0 || leniency == null || maxLoadedBytes <= 0) {
            throw new IllegalArgumentException("invalid ReadLimits: " + this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxValueLength = maxValueLength;
        b.bulkDataThreshold = bulkDataThreshold;
        b.maxDepth = maxDepth;
        b.maxInflatedBytes = maxInflatedBytes;
        b.maxInflateRatio = maxInflateRatio;
        b.maxItems = maxItems;
        b.leniency = leniency;
        b.maxLoadedBytes = maxLoadedBytes;
        return b;
    }

    /**
     * These limits with the memory budget shared out over a heap: each of {@code threads} workers gets
     * {@code heapBytes / (threads * WORKING_COPIES)} of loaded values, never more than this budget nor less than
     * 16 MiB.
     */
    public ReadLimits withBudgetFor(long heapBytes, int threads) {
        long share = heapBytes / ((long) Math.max(1, threads) * WORKING_COPIES);
        return toBuilder().maxLoadedBytes(Math.max(16L << 20, Math.min(maxLoadedBytes, share))).build();
    }

    /** Assembles {@link ReadLimits}. */
    public static final class Builder {
        private long maxValueLength = 64L << 20;
        private long bulkDataThreshold = 64L << 10;
        private int maxDepth = 128;
        private long maxInflatedBytes = 1L << 30;
        private int maxInflateRatio = 1000;
        private int maxItems = 10_000_000;
        private Leniency leniency = Leniency.LENIENT;
        private long maxLoadedBytes = 256L << 20;

        public Builder maxValueLength(long v) {
            maxValueLength = v;
            return this;
        }

        public Builder bulkDataThreshold(long v) {
            bulkDataThreshold = v;
            return this;
        }

        public Builder maxDepth(int v) {
            maxDepth = v;
            return this;
        }

        public Builder maxInflatedBytes(long v) {
            maxInflatedBytes = v;
            return this;
        }

        public Builder maxInflateRatio(int v) {
            maxInflateRatio = v;
            return this;
        }

        public Builder maxItems(int v) {
            maxItems = v;
            return this;
        }

        public Builder leniency(Leniency v) {
            leniency = v;
            return this;
        }

        public Builder maxLoadedBytes(long v) {
            maxLoadedBytes = v;
            return this;
        }

        public ReadLimits build() {
            return new ReadLimits(maxValueLength, bulkDataThreshold, maxDepth, maxInflatedBytes, maxInflateRatio,
                    maxItems, leniency, maxLoadedBytes);
        }
    }
}
