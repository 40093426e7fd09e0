package org.veil.pixel.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;

class RleCodecTest {
    private final RleCodec codec = new RleCodec(CodecLimits.DEFAULT);

    private static byte[] frame(int[] offsets, byte[]... segments) {
        int length = 64;
        for (byte[] s : segments) {
            length += s.length;
        }
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(offsets.length);
        for (int i = 0; i < 15; i++) {
            b.putInt(i < offsets.length ? offsets[i] : 0);
        }
        for (byte[] s : segments) {
            b.put(s);
        }
        return b.array();
    }

    private static ImageDescriptor mono(int columns, int rows, int bits) {
        return ImageDescriptor.builder().columns(columns).rows(rows).bitsAllocated(bits).build();
    }

    @Test
    void decode_literalReplicateAndNoOp_expandsPerPs35AnnexG() throws Exception {
        // 2 literal bytes (header 1), 3 repeats of 7 (header -2), a no-op (-128), 1 literal (header 0)
        byte[] segment = {1, 10, 11, (byte) -2, 7, (byte) -128, 0, 12};
        Frame f = codec.decode(frame(new int[] {64}, segment), mono(6, 1, 8));
        long[] row = new long[6];
        for (int x = 0; x < 6; x++) {
            row[x] = f.plane(0).get(x, 0);
        }
        assertArrayEquals(new long[] {10, 11, 7, 7, 7, 12}, row);
    }

    @Test
    void decode_sixteenBit_takesMostSignificantSegmentFirst() throws Exception {
        byte[] high = {1, 0x12, 0x56};
        byte[] low = {1, 0x34, 0x78};
        Frame f = codec.decode(frame(new int[] {64, 67}, high, low), mono(2, 1, 16));
        assertEquals(0x1234, f.plane(0).get(0, 0));
        assertEquals(0x5678, f.plane(0).get(1, 0));
    }

    @Test
    void encode_flatRows_codesOneReplicateRunPerRow() throws Exception {
        ImageDescriptor d = mono(4, 2, 8);
        Frame f = Frame.allocate(d);
        f.plane(0).fill(0, 0, 4, 2, 9);
        byte[] coded = codec.encode(f, d);
        // header, then per row a replicate run of 4 (-3, 9); the segment (4 bytes) is already even
        assertEquals(64 + 4, coded.length);
        assertArrayEquals(new byte[] {-3, 9, -3, 9}, java.util.Arrays.copyOfRange(coded, 64, 68));
        assertEquals(1, coded[0]);
        assertEquals(64, coded[4]);
    }

    @Test
    void encode_oddSegment_isPaddedToEvenLength() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(1).rows(1).bitsAllocated(8)
                .photometric(PhotometricInterpretation.RGB).build();
        Frame f = Frame.allocate(d);
        byte[] coded = codec.encode(f, d);
        ByteBuffer b = ByteBuffer.wrap(coded).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(3, b.getInt(0));
        assertEquals(64, b.getInt(4));
        assertEquals(66, b.getInt(8));
        assertEquals(68, b.getInt(12));
        assertEquals(70, coded.length);
    }

    @Test
    void decode_shortHeader_namesOffsetZero() {
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(new byte[20], mono(2, 2, 8)));
        assertEquals("RLE Lossless @0x0: header needs 64 bytes, the frame has 20", e.getMessage());
    }

    @Test
    void decode_wrongSegmentCount_fails() {
        byte[] data = frame(new int[] {64}, new byte[] {0, 1});
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(data, mono(1, 1, 16)));
        assertEquals("RLE Lossless @0x0: header announces 1 segments, the image description needs 2", e.getMessage());
    }

    @Test
    void decode_offsetBeyondData_namesTheOffsetField() {
        byte[] data = frame(new int[] {64, 4000}, new byte[] {0, 1});
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(data, mono(1, 1, 16)));
        assertEquals("RLE Lossless @0x8: segment 1 offset 4000 is not within 64..66", e.getMessage());
    }

    @Test
    void decode_segmentTooShort_namesSegmentAndCounts() {
        byte[] data = frame(new int[] {64}, new byte[] {1, 5, 6});
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(data, mono(4, 1, 8)));
        assertEquals("RLE Lossless @0x43: segment 0 ends after 2 of 4 bytes", e.getMessage());
    }

    @Test
    void decode_literalPastSegmentEnd_fails() {
        byte[] data = frame(new int[] {64}, new byte[] {5, 1});
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(data, mono(4, 1, 8)));
        assertEquals("RLE Lossless @0x40: segment 0: literal run of 6 bytes passes the segment end at 0x42",
                e.getMessage());
    }

    @Test
    void decode_absurdImageSize_refusedBeforeAllocating() {
        ImageDescriptor huge = mono(65535, 65535, 16);
        var e = assertThrows(UnsupportedPixelCodingException.class, () -> codec.decode(new byte[64], huge));
        assertEquals("RLE Lossless: a frame of 65535x65535x1 samples of 16 bits (8589672450 bytes) exceeds"
                + " CodecLimits.maxFrameBytes (536870912)", e.getMessage());
    }

    @Test
    void encode_sixteenSegmentsNeeded_unsupported() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(64).photometric(PhotometricInterpretation.RGB)
                .build();
        assertThrows(UnsupportedPixelCodingException.class, () -> codec.encode(Frame.allocate(d), d));
    }

    @Test
    void decode_extraBytesInSegment_areIgnored() throws Exception {
        byte[] data = frame(new int[] {64}, new byte[] {(byte) -3, 4, 0, 9});
        Frame f = codec.decode(data, mono(2, 1, 8));
        assertEquals(4, f.plane(0).get(1, 0));
    }
}
