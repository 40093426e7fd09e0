package org.veil.pixel.codec.rle;

import static org.veil.pixel.codec.rle.PackBits.CODEC;

import java.util.Objects;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Plane;

/**
 * RLE Lossless (1.2.840.10008.1.2.5, PS3.5 Annex G). A frame is a 64-byte header (segment count and 15 segment
 * offsets, little endian) followed by one PackBits segment per byte of each sample: for each sample in order, its
 * most significant byte first. Each segment holds Rows x Columns bytes, coded row by row (no run crosses a row) and
 * padded to an even length. With Bits Allocated 1 there is one segment of the bit-packed frame (least significant
 * bit first), as pydicom and highdicom write it. Exact in both directions.
 */
public final class RleCodec implements FrameCodec {
    private static final int HEADER = 64;
    private static final int MAX_SEGMENTS = 15;

    private final CodecLimits limits;

    public RleCodec(CodecLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String name() {
        return CODEC;
    }

    @Override
    public boolean lossless() {
        return true;
    }

    @Override
    public Frame decode(byte[] data, ImageDescriptor d) throws PixelCodingException {
        int segments = checkLayout(d);
        int[] offsets = RleHeader.read(data, segments);
        Frame frame = Frame.allocate(d.columns(), d.rows(), d.samplesPerPixel(), d.bitsAllocated());
        int count = segmentLength(d);
        byte[] scratch = new byte[count];
        int bytesPerSample = Math.max(1, d.bitsAllocated() / 8);
        for (int i = 0; i < segments; i++) {
            int end = i + 1 < segments ? offsets[i + 1] : data.length;
            PackBits.decode(data, offsets[i], end, scratch, count, i);
            Plane plane = frame.plane(i / bytesPerSample);
            if (d.bitsAllocated() == 1) {
                unpackBits(scratch, plane.ints());
            } else {
                SegmentBytes.merge(scratch, plane, 8 * (bytesPerSample - 1 - i % bytesPerSample));
            }
        }
        return frame;
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        int segments = checkLayout(d);
        if (frame.columns() != d.columns() || frame.rows() != d.rows() || frame.samples() != d.samplesPerPixel()
                || frame.bitsAllocated() != d.bitsAllocated()) {
            throw new IllegalArgumentException(frame + " does not match " + d);
        }
        int count = segmentLength(d);
        ByteSink sink = new ByteSink(HEADER + segments * (count + count / 64 + 2 * d.rows() + 2));
        sink.skip(HEADER);
        sink.putIntLe(0, segments);
        int bytesPerSample = Math.max(1, d.bitsAllocated() / 8);
        byte[] row = new byte[d.bitsAllocated() == 1 ? count : d.columns()];
        for (int i = 0; i < segments; i++) {
            sink.putIntLe(4 + 4 * i, sink.size());
            Plane plane = frame.plane(i / bytesPerSample);
            if (d.bitsAllocated() == 1) {
                packBits(plane.ints(), row);
                PackBits.encode(row, 0, count, sink);
            } else {
                int shift = 8 * (bytesPerSample - 1 - i % bytesPerSample);
                for (int y = 0; y < d.rows(); y++) {
                    SegmentBytes.extractRow(plane, y, shift, row);
                    PackBits.encode(row, 0, row.length, sink);
                }
            }
            if ((sink.size() & 1) != 0) {
                sink.put(0);
            }
        }
        return sink.toArray();
    }

    /** Checks the image suits RLE and returns the number of segments it needs. */
    private int checkLayout(ImageDescriptor d) throws UnsupportedPixelCodingException {
        limits.check(CODEC, d);
        if (d.chromaSubsampledHorizontally()) {
            throw new UnsupportedPixelCodingException(CODEC, UnsupportedPixelCodingException.NO_OFFSET,
                    d.photometric() + " has no RLE form (RLE codes every sample of every pixel)");
        }
        int segments = d.bitsAllocated() == 1 ? 1 : d.samplesPerPixel() * d.bitsAllocated() / 8;
        if (segments > MAX_SEGMENTS) {
            throw new UnsupportedPixelCodingException(CODEC, UnsupportedPixelCodingException.NO_OFFSET,
                    d.samplesPerPixel() + " samples of " + d.bitsAllocated() + " bits need " + segments
                            + " segments, RLE allows " + MAX_SEGMENTS);
        }
        return segments;
    }

    private static int segmentLength(ImageDescriptor d) {
        long pixels = (long) d.rows() * d.columns();
        return (int) (d.bitsAllocated() == 1 ? (pixels + 7) / 8 : pixels);
    }

    private static void unpackBits(byte[] packed, int[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = packed[i >>> 3] >> (i & 7) & 1;
        }
    }

    private static void packBits(int[] cells, byte[] packed) {
        java.util.Arrays.fill(packed, (byte) 0);
        for (int i = 0; i < cells.length; i++) {
            packed[i >>> 3] |= (byte) ((cells[i] & 1) << (i & 7));
        }
    }

    /** Reads the segment offsets of the header. */
    static final class RleHeader {
        private RleHeader() {
        }

        static int[] read(byte[] data, int expectedSegments) throws CorruptPixelDataException {
            if (data.length < HEADER) {
                throw new CorruptPixelDataException(CODEC, 0, "header needs 64 bytes, the frame has " + data.length);
            }
            long announced = intLe(data, 0);
            if (announced != expectedSegments) {
                throw new CorruptPixelDataException(CODEC, 0, "header announces " + announced
                        + " segments, the image description needs " + expectedSegments);
            }
            int[] offsets = new int[expectedSegments];
            long previous = HEADER;
            for (int i = 0; i < expectedSegments; i++) {
                long offset = intLe(data, 4 + 4 * i);
                if (offset < previous || offset > data.length || i == 0 && offset != HEADER) {
                    throw new CorruptPixelDataException(CODEC, 4 + 4L * i, "segment " + i + " offset " + offset
                            + " is not within " + previous + ".." + data.length);
                }
                offsets[i] = (int) offset;
                previous = offset;
            }
            return offsets;
        }

        private static long intLe(byte[] b, int at) {
            return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
        }
    }
}
