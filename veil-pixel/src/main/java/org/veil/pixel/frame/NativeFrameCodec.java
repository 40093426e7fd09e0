package org.veil.pixel.frame;

import java.util.Objects;
import org.veil.pixel.CorruptPixelDataException;

/**
 * Converts native (uncompressed) pixel data to {@link Frame}s and back, exactly: decoding and re-encoding a frame
 * gives identical bytes, including the bits outside Bits Stored unless {@link UnusedBits#ZERO} asks to clear them.
 * Little endian by default; big endian data is swapped per the swap unit of its VR ({@link NativeFrameOptions}).
 *
 * <p>All layouts of PS3.5 8.1.1/8.2 and PS3.3 C.7.6.3.1.3 are handled: Bits Allocated 1 (frames may start inside a
 * byte; writing a frame leaves the bits of its neighbors alone), 8 to 64 in whole bytes, color-by-pixel and
 * color-by-plane, and YBR_FULL_422 / YBR_PARTIAL_422 (which need an even number of Columns and color-by-pixel).
 * Immutable and thread-safe.
 */
public final class NativeFrameCodec {
    private static final String NAME = "native pixel data";

    private final ImageDescriptor descriptor;
    private final NativeFrameOptions options;
    private final long keep;

    public NativeFrameCodec(ImageDescriptor descriptor, NativeFrameOptions options) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.options = Objects.requireNonNull(options, "options");
        if (descriptor.chromaSubsampledHorizontally() && (descriptor.columns() % 2 != 0
                || descriptor.planarConfiguration() != PlanarConfiguration.COLOR_BY_PIXEL)) {
            throw new IllegalArgumentException(descriptor.photometric()
                    + " native data needs an even number of Columns and Planar Configuration 0");
        }
        long stored = descriptor.bitsStored() == 64 ? -1L : ((1L << descriptor.bitsStored()) - 1) << descriptor.lowBit();
        this.keep = options.unusedBits() == UnusedBits.ZERO ? stored : -1L;
    }

    public ImageDescriptor descriptor() {
        return descriptor;
    }

    /** Decodes frame {@code index} of a whole native Pixel Data value (byte 0 of {@code value} is its first byte). */
    public Frame decodeFrame(byte[] value, int index) throws CorruptPixelDataException {
        return decodeAt(value, descriptor.frameStartBit(index), "frame " + index);
    }

    /**
     * Decodes one frame that starts at byte {@code offset} of {@code data}, e.g. an encapsulated uncompressed or
     * inflated frame. With a swap unit above 1, {@code offset} counts from a unit boundary.
     */
    public Frame decode(byte[] data, int offset) throws CorruptPixelDataException {
        return decodeAt(data, offset * 8L, "frame");
    }

    /**
     * Like {@link #decode(byte[], int)}, but into {@code into}, a frame of this codec's layout (e.g. the one decoded
     * before, for a caller that looks at one frame at a time): every cell is overwritten.
     */
    public Frame decode(byte[] data, int offset, Frame into) throws CorruptPixelDataException {
        checkShape(into);
        return decodeAt(data, offset * 8L, "frame", into);
    }

    /** Like {@link #decodeFrame(byte[], int)}, but into {@code into} (see {@link #decode(byte[], int, Frame)}). */
    public Frame decodeFrame(byte[] value, int index, Frame into) throws CorruptPixelDataException {
        checkShape(into);
        return decodeAt(value, descriptor.frameStartBit(index), "frame " + index, into);
    }

    /**
     * True when rows of a frame can be decoded and encoded on their own ({@link #decodeRows}, {@link #encodeRows}):
     * whole-byte cells, no 4:2:2 pixel pairs, no byte swapping.
     */
    public boolean byRows() {
        return options.swapUnit() == 1 && CellLayout.byRows(descriptor);
    }

    /**
     * Decodes rows [y0, y1) of the frame that starts at byte {@code offset} of {@code data} into the same rows of
     * {@code into}; its other rows keep their cells. Only when {@link #byRows()}.
     */
    public void decodeRows(byte[] data, int offset, Frame into, int y0, int y1) throws CorruptPixelDataException {
        checkRows(data, offset, into, y0, y1);
        CellLayout.readRows(descriptor, data, offset, into, keep, y0, y1);
    }

    /**
     * Encodes rows [y0, y1) of {@code frame} into the frame that starts at byte {@code offset} of {@code data}; no
     * other byte changes. Only when {@link #byRows()}.
     */
    public void encodeRows(Frame frame, byte[] data, int offset, int y0, int y1) throws CorruptPixelDataException {
        checkRows(data, offset, frame, y0, y1);
        CellLayout.writeRows(descriptor, frame, data, offset, keep, y0, y1);
    }

    private void checkRows(byte[] data, int offset, Frame frame, int y0, int y1) throws CorruptPixelDataException {
        checkShape(frame);
        if (!byRows() || y0 < 0 || y1 > descriptor.rows() || y0 > y1) {
            throw new IllegalArgumentException("rows " + y0 + ".." + y1 + " of " + descriptor + " cannot be coded "
                    + "on their own");
        }
        span(data, offset * 8L, "frame");
    }

    /** Encodes one frame on its own: {@link ImageDescriptor#frameLength()} bytes, padding bits zero. */
    public byte[] encode(Frame frame) {
        checkShape(frame);
        if (descriptor.frameLength() > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a frame of " + descriptor.frameLength() + " bytes is too large");
        }
        int length = (int) descriptor.frameLength();
        if (length % options.swapUnit() != 0) {
            throw new IllegalArgumentException("frame of " + length + " bytes is not a whole number of swap units");
        }
        byte[] out = new byte[length];
        CellLayout.write(descriptor, frame, out, 0, keep);
        swap(out, 0, length);
        return out;
    }

    /** Writes frame {@code index} into a whole native Pixel Data value in place; no other frame's bits change. */
    public void encodeFrame(Frame frame, byte[] value, int index) throws CorruptPixelDataException {
        checkShape(frame);
        long start = descriptor.frameStartBit(index);
        Span span = span(value, start, "frame " + index);
        if (options.swapUnit() == 1) {
            CellLayout.write(descriptor, frame, value, start, keep);
            return;
        }
        byte[] scratch = swappedCopy(value, span);
        CellLayout.write(descriptor, frame, scratch, start - span.from * 8L, keep);
        swap(scratch, 0, scratch.length);
        System.arraycopy(scratch, 0, value, span.from, span.to - span.from);
    }

    private Frame decodeAt(byte[] data, long startBit, String what) throws CorruptPixelDataException {
        return decodeAt(data, startBit, what, null);
    }

    /** Decodes into {@code into}, or into a new frame (allocated only once the data is known to hold it). */
    private Frame decodeAt(byte[] data, long startBit, String what, Frame into) throws CorruptPixelDataException {
        Span span = span(data, startBit, what);
        Frame frame = into != null ? into : Frame.allocate(descriptor);
        if (options.swapUnit() == 1) {
            CellLayout.read(descriptor, data, startBit, frame, keep);
        } else {
            CellLayout.read(descriptor, swappedCopy(data, span), startBit - span.from * 8L, frame, keep);
        }
        return frame;
    }

    /** The bytes a frame occupies, widened to whole swap units but never past the end of the data. */
    private record Span(int from, int to) {
    }

    private Span span(byte[] data, long startBit, String what) throws CorruptPixelDataException {
        long endBit = startBit + descriptor.frameBits();
        long endByte = (endBit + 7) >>> 3;
        if (endByte > data.length) {
            throw new CorruptPixelDataException(NAME, data.length, what + " needs bytes up to " + endByte
                    + " but the pixel data has " + data.length);
        }
        int unit = options.swapUnit();
        int from = (int) (startBit >>> 3);
        from -= from % unit;
        long to = (endByte + unit - 1) / unit * unit;
        return new Span(from, (int) Math.min(to, data.length));
    }

    private byte[] swappedCopy(byte[] data, Span span) {
        int unit = options.swapUnit();
        int length = (span.to - span.from + unit - 1) / unit * unit;
        byte[] copy = new byte[length];
        System.arraycopy(data, span.from, copy, 0, span.to - span.from);
        swap(copy, 0, length);
        return copy;
    }

    private void swap(byte[] b, int from, int to) {
        int unit = options.swapUnit();
        if (unit == 1) {
            return;
        }
        for (int i = from; i + unit <= to; i += unit) {
            for (int lo = i, hi = i + unit - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }

    private void checkShape(Frame frame) {
        boolean ok = frame.columns() == descriptor.columns() && frame.rows() == descriptor.rows()
                && frame.samples() == descriptor.samplesPerPixel() && frame.bitsAllocated() == descriptor.bitsAllocated();
        for (int s = 0; ok && s < frame.samples(); s++) {
            ok = frame.horizontalSubsampling(s) == descriptor.horizontalSubsampling(s);
        }
        if (!ok) {
            throw new IllegalArgumentException(frame + " does not match the native layout of " + descriptor);
        }
    }
}
