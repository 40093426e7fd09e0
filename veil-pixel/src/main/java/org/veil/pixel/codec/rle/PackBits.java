package org.veil.pixel.codec.rle;

import org.veil.pixel.CorruptPixelDataException;

/**
 * The byte run-length scheme of PS3.5 G.3 (TIFF PackBits): a header byte n of 0..127 is followed by n + 1 literal
 * bytes, one of -1..-127 by one byte to repeat 1 - n times; -128 is skipped.
 */
final class PackBits {
    static final String CODEC = "RLE Lossless";

    private PackBits() {
    }

    /**
     * Decodes {@code src[from, to)} into {@code dst[0, count)}. Output beyond {@code count} is dropped (some encoders
     * pad segments); running out of input first is an error naming the offset.
     */
    static void decode(byte[] src, int from, int to, byte[] dst, int count, int segment)
            throws CorruptPixelDataException {
        int in = from;
        int out = 0;
        while (out < count && in < to) {
            int header = src[in++];
            int n = header >= 0 ? header + 1 : 1 - header;
            if (header == -128) {
                continue;
            }
            if (header >= 0 ? in + n > to : in >= to) {
                throw new CorruptPixelDataException(CODEC, in - 1L, "segment " + segment + (header >= 0
                        ? ": literal run of " + n + " bytes passes the segment end at 0x"
                                + Integer.toHexString(to).toUpperCase() : ": replicate run without its byte"));
            }
            int copy = Math.min(n, count - out);
            if (header >= 0) {
                System.arraycopy(src, in, dst, out, copy);
                in += n;
            } else {
                java.util.Arrays.fill(dst, out, out + copy, src[in++]);
            }
            out += copy;
        }
        if (out < count) {
            throw new CorruptPixelDataException(CODEC, in, "segment " + segment + " ends after " + out + " of "
                    + count + " bytes");
        }
    }

    /**
     * Appends the coding of {@code src[from, from + length)} to {@code sink}: repeats of three or more bytes become
     * replicate runs, everything else literal runs, each at most 128 bytes.
     */
    static void encode(byte[] src, int from, int length, ByteSink sink) {
        int i = from;
        int end = from + length;
        while (i < end) {
            int run = runLength(src, i, end);
            if (run >= 3) {
                sink.put(1 - run);
                sink.put(src[i]);
                i += run;
                continue;
            }
            int start = i;
            while (i < end && i - start < 128 && (i + 2 >= end || src[i] != src[i + 1] || src[i] != src[i + 2])) {
                i++;
            }
            if (i == start) {
                i++;
            }
            sink.put(i - start - 1);
            sink.put(src, start, i - start);
        }
    }

    private static int runLength(byte[] src, int i, int end) {
        byte v = src[i];
        int limit = Math.min(end, i + 128);
        int j = i + 1;
        while (j < limit && src[j] == v) {
            j++;
        }
        return j - i;
    }
}
