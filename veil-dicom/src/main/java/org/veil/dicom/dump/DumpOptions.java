package org.veil.dicom.dump;

/**
 * How much of each value {@link TextDumper} shows.
 *
 * @param maxTextLength characters of a string value shown before it is cut with "..."
 * @param maxValues     numbers (or hex units of a byte value) shown before the rest is cut with "..."
 */
public record DumpOptions(int maxTextLength, int maxValues) {
    /** 64 characters, 16 values. */
    public static final DumpOptions DEFAULT = new DumpOptions(64, 16);

    public DumpOptions {
        if (maxTextLength < 1 || maxValues < 1) {
            throw new IllegalArgumentException("invalid DumpOptions: " + maxTextLength + ", " + maxValues);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles {@link DumpOptions}, starting from {@link #DEFAULT}. */
    public static final class Builder {
        private int maxTextLength = DEFAULT.maxTextLength;
        private int maxValues = DEFAULT.maxValues;

        public Builder maxTextLength(int v) {
            maxTextLength = v;
            return this;
        }

        public Builder maxValues(int v) {
            maxValues = v;
            return this;
        }

        public DumpOptions build() {
            return new DumpOptions(maxTextLength, maxValues);
        }
    }
}
