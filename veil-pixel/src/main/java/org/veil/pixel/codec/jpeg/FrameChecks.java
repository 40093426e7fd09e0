package org.veil.pixel.codec.jpeg;

/**
 * Checks that keep a parsed stream from making a decoder allocate or loop more than it should: the frame size against
 * {@link JpegLimits}, and each scan's entropy-coded length against the least its data units can take. Also finds
 * where a scan's entropy-coded data ends.
 */
final class FrameChecks {
    private FrameChecks() {
    }

    /** Offset of the first marker after start that is not RSTn (0xFF00 is stuffing, 0xFFFF fill). */
    static int entropyEnd(byte[] data, int start) {
        int n = data.length - 1;
        int i = start;
        while (i < n) {
            if (data[i] != (byte) 0xFF) {
                i++;
                continue;
            }
            int next = data[i + 1] & 0xFF;
            if (next == 0 || JpegMarker.isRestart(next)) {
                i += 2;
            } else if (next == 0xFF) {
                i++;
            } else {
                return i;
            }
        }
        return data.length;
    }

    static void checkSize(int at, FrameHeader f, JpegLimits limits) throws JpegFormatException {
        long samples = f.paddedSamples();
        if (samples > limits.maxSamples()) {
            throw new JpegLimitException(at, JpegMarker.name(f.process().marker()), f.width() + " x " + f.height()
                    + " frame with " + f.components().size() + " components needs " + samples
                    + " samples, exceeds JpegLimits.maxSamples (" + limits.maxSamples() + ")");
        }
    }

    /** Every DCT block takes at least two bits (DC and EOB codes), every lossless sample at least one. */
    static void checkEntropyLength(FrameHeader frame, JpegScan s) throws JpegFormatException {
        long minBits = s.dataUnits(frame) * (frame.process().dct() ? 2 : 1);
        long haveBits = 8L * (s.dataEnd() - s.dataStart());
        if (minBits > haveBits) {
            throw new JpegFormatException(s.dataStart(), "SOS", "scan needs at least " + (minBits + 7) / 8
                    + " bytes of entropy-coded data for " + s.dataUnits(frame) + " data units, has "
                    + (s.dataEnd() - s.dataStart()));
        }
    }
}
