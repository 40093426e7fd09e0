package org.veil.pixel.redact;

import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.NativeFrameCodec;

/**
 * The rows of each frame an edit reads and the rows it may change, so that native frames are decoded and re-encoded
 * only there ({@link PixelRedactor#editReusing(org.veil.dicom.data.Dataset, org.veil.dicom.TransferSyntax, FrameEdit,
 * EditRows, RedactionOptions)}): a corner overlay's erase touches a few dozen rows of a frame, and copying the
 * others in and out again costs more than the erase. The edit must not look at other rows (they hold whatever the
 * reused frame held) nor change rows outside {@code written}.
 *
 * @param read    per row, whether the edit reads it
 * @param written per row, whether the edit may change it; a written row must be read
 */
public record EditRows(boolean[] read, boolean[] written) {

    public EditRows {
        if (read.length != written.length) {
            throw new IllegalArgumentException("EditRows: " + read.length + " rows read, " + written.length
                    + " written");
        }
        for (int y = 0; y < read.length; y++) {
            if (written[y] && !read[y]) {
                throw new IllegalArgumentException("EditRows: row " + y + " is written but not read");
            }
        }
    }

    /** Decodes the rows read of the frame at byte {@code offset} of {@code data} into {@code into}. */
    void decode(NativeFrameCodec codec, byte[] data, int offset, Frame into) throws CorruptPixelDataException {
        for (int y0 = next(read, 0); y0 < read.length; y0 = next(read, y0)) {
            int y1 = end(read, y0);
            codec.decodeRows(data, offset, into, y0, y1);
            y0 = y1;
        }
    }

    /** Encodes the rows written of {@code f} into the frame at byte {@code offset} of {@code data}. */
    void encode(NativeFrameCodec codec, Frame f, byte[] data, int offset) throws CorruptPixelDataException {
        for (int y0 = next(written, 0); y0 < written.length; y0 = next(written, y0)) {
            int y1 = end(written, y0);
            codec.encodeRows(f, data, offset, y0, y1);
            y0 = y1;
        }
    }

    /** True when these rows can be used for frames of {@code codec}. */
    boolean fits(NativeFrameCodec codec) {
        return codec.byRows() && read.length == codec.descriptor().rows();
    }

    private static int next(boolean[] rows, int from) {
        int y = from;
        while (y < rows.length && !rows[y]) {
            y++;
        }
        return y;
    }

    private static int end(boolean[] rows, int from) {
        int y = from;
        while (y < rows.length && rows[y]) {
            y++;
        }
        return y;
    }
}
