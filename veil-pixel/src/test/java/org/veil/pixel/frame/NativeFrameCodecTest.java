package org.veil.pixel.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.pixel.CorruptPixelDataException;

class NativeFrameCodecTest {

    private static ImageDescriptor rgb(int columns, int rows, int bits, PlanarConfiguration pc) {
        return ImageDescriptor.builder().columns(columns).rows(rows).bitsAllocated(bits)
                .photometric(PhotometricInterpretation.RGB).planarConfiguration(pc).build();
    }

    @Test
    void decode_rgbColorByPixel16Bit_splitsLittleEndianSamplesIntoPlanes() throws Exception {
        byte[] data = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C};
        Frame f = new NativeFrameCodec(rgb(2, 1, 16, PlanarConfiguration.COLOR_BY_PIXEL),
                NativeFrameOptions.LITTLE_ENDIAN).decode(data, 0);
        assertEquals(0x0201, f.plane(0).get(0, 0));
        assertEquals(0x0403, f.plane(1).get(0, 0));
        assertEquals(0x0605, f.plane(2).get(0, 0));
        assertEquals(0x0807, f.plane(0).get(1, 0));
        assertEquals(0x0C0B, f.plane(2).get(1, 0));
    }

    @Test
    void decode_rgbColorByPlane8Bit_readsPlanesOneAfterAnother() throws Exception {
        byte[] data = {1, 2, 3, 4, 5, 6};
        Frame f = new NativeFrameCodec(rgb(2, 1, 8, PlanarConfiguration.COLOR_BY_PLANE),
                NativeFrameOptions.LITTLE_ENDIAN).decode(data, 0);
        assertEquals(2, f.plane(0).get(1, 0));
        assertEquals(3, f.plane(1).get(0, 0));
        assertEquals(6, f.plane(2).get(1, 0));
    }

    @Test
    void decode_ybrFull422_givesHalfWidthChroma() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(4).rows(1).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_FULL_422).build();
        byte[] data = {10, 11, 20, 30, 12, 13, 21, 31};
        Frame f = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(data, 0);
        assertEquals(2, f.plane(1).width());
        assertEquals(12, f.plane(0).get(2, 0));
        assertEquals(13, f.plane(0).get(3, 0));
        assertEquals(21, f.plane(1).get(1, 0));
        assertEquals(31, f.plane(2).get(1, 0));
        assertArrayEquals(data, new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).encode(f));
    }

    @Test
    void decodeFrame_oneBitSecondFrameMidByte_readsFromTheRightBit() throws Exception {
        // 3 x 1 pixels per frame: frame 0 = bits 0..2, frame 1 = bits 3..5 (least significant bit first)
        ImageDescriptor d = ImageDescriptor.builder().columns(3).rows(1).bitsAllocated(1).numberOfFrames(2).build();
        byte[] value = {(byte) 0b0010_1001, 0};
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
        Frame f1 = codec.decodeFrame(value, 1);
        assertEquals(1, f1.plane(0).get(0, 0));
        assertEquals(0, f1.plane(0).get(1, 0));
        assertEquals(1, f1.plane(0).get(2, 0));
        Frame f0 = codec.decodeFrame(value, 0);
        assertEquals(1, f0.plane(0).get(0, 0));
        assertEquals(0, f0.plane(0).get(1, 0));
        assertEquals(0, f0.plane(0).get(2, 0));
    }

    @Test
    void encodeFrame_oneBitFrame_leavesBitsOfNeighboursAlone() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(3).rows(1).bitsAllocated(1).numberOfFrames(3).build();
        byte[] value = {(byte) 0xFF, (byte) 0xFF};
        Frame zeros = Frame.allocate(d);
        new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).encodeFrame(zeros, value, 1);
        assertArrayEquals(new byte[] {(byte) 0b1100_0111, (byte) 0xFF}, value);
    }

    @Test
    void decode_bigEndianOw_swapsEachWord() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(2).rows(1).bitsAllocated(16).build();
        byte[] data = {0x12, 0x34, 0x56, 0x78};
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.bigEndian(VR.OW));
        Frame f = codec.decode(data, 0);
        assertEquals(0x1234, f.plane(0).get(0, 0));
        assertEquals(0x5678, f.plane(0).get(1, 0));
        assertArrayEquals(data, codec.encode(f));
    }

    @Test
    void decodeFrame_bigEndianOwEightBit_swapsBytePairs() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(3).rows(1).bitsAllocated(8).numberOfFrames(2).build();
        byte[] value = {2, 1, 4, 3, 6, 5};
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.bigEndian(VR.OW));
        Frame f1 = codec.decodeFrame(value, 1);
        assertEquals(4, f1.plane(0).get(0, 0));
        assertEquals(6, f1.plane(0).get(2, 0));
        f1.plane(0).set(1, 0, 9);
        codec.encodeFrame(f1, value, 1);
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 9}, value);
    }

    @Test
    void decode_unusedBitsZero_clearsBitsAboveHighBit() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(1).rows(1).bitsAllocated(16).bitsStored(12).build();
        byte[] data = {(byte) 0x34, (byte) 0xF2};
        assertEquals(0xF234, new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(data, 0).plane(0).get(0, 0));
        NativeFrameCodec zero = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN.with(UnusedBits.ZERO));
        Frame f = zero.decode(data, 0);
        assertEquals(0x0234, f.plane(0).get(0, 0));
        f.plane(0).set(0, 0, 0xA234);
        assertArrayEquals(new byte[] {0x34, 0x02}, zero.encode(f));
    }

    @Test
    void decode_doubleFloat_keepsAllSixtyFourBits() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(1).rows(1).bitsAllocated(64)
                .sampleFormat(SampleFormat.IEEE_FLOAT).build();
        byte[] data = {1, 2, 3, 4, 5, 6, 7, (byte) 0x88};
        Frame f = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(data, 0);
        assertEquals(0x8807060504030201L, f.plane(0).get(0, 0));
    }

    @Test
    void decodeFrame_valueTooShort_namesFrameAndLengths() {
        ImageDescriptor d = ImageDescriptor.builder().columns(4).rows(4).bitsAllocated(16).numberOfFrames(2).build();
        var e = assertThrows(CorruptPixelDataException.class,
                () -> new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decodeFrame(new byte[40], 1));
        assertEquals("native pixel data @0x28: frame 1 needs bytes up to 64 but the pixel data has 40", e.getMessage());
    }

    @Test
    void constructor_ybr422OddColumns_fails() {
        ImageDescriptor d = ImageDescriptor.builder().columns(3).rows(1).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_FULL_422).build();
        assertThrows(IllegalArgumentException.class, () -> new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN));
    }

    /**
     * Rows decoded and encoded on their own are those of the whole frame, at the frame's offset; other rows of the
     * frame given are left alone, and encoding changes no byte outside the rows (frames of 8, 16 and 64 bits,
     * interleaved and by plane; the second frame of a value).
     */
    @Test
    void decodeRowsEncodeRows_matchWholeFrameAndTouchNothingElse() throws Exception {
        for (int bits : new int[] {8, 16, 64}) {
            for (PlanarConfiguration pc : PlanarConfiguration.values()) {
                ImageDescriptor d = ImageDescriptor.builder().columns(5).rows(6).bitsAllocated(bits)
                        .photometric(PhotometricInterpretation.RGB).planarConfiguration(pc).numberOfFrames(2).build();
                NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
                byte[] value = new byte[(int) d.frameLength() * 2];
                new java.util.Random(bits).nextBytes(value);
                int offset = (int) d.frameLength();
                Frame whole = codec.decodeFrame(value, 1);
                Frame part = Frame.allocate(d);
                codec.decodeRows(value, offset, part, 2, 4);
                for (int s = 0; s < 3; s++) {
                    for (int y = 0; y < 6; y++) {
                        for (int x = 0; x < 5; x++) {
                            long expected = y >= 2 && y < 4 ? whole.plane(s).get(x, y) : 0;
                            assertEquals(expected, part.plane(s).get(x, y), bits + " " + pc + " " + s + " " + x + ","
                                    + y);
                        }
                    }
                }
                byte[] before = value.clone();
                Frame changed = whole.copy();
                for (int s = 0; s < 3; s++) {
                    for (int y = 0; y < 6; y++) {
                        changed.plane(s).fill(0, y, 5, y + 1, 7 + y);
                    }
                }
                codec.encodeRows(changed, value, offset, 3, 4);
                Frame written = codec.decodeFrame(value, 1);
                for (int y = 0; y < 6; y++) {
                    long expected = y == 3 ? 7 + y : whole.plane(1).get(4, y);
                    assertEquals(expected, written.plane(1).get(4, y), bits + " " + pc + " row " + y);
                }
                assertArrayEquals(java.util.Arrays.copyOf(before, offset), java.util.Arrays.copyOf(value, offset));
            }
        }
    }

    @Test
    void decodeRows_layoutsWithoutWholeRows_refused() {
        ImageDescriptor ybr = ImageDescriptor.builder().columns(4).rows(2).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_FULL_422).build();
        NativeFrameCodec codec = new NativeFrameCodec(ybr, NativeFrameOptions.LITTLE_ENDIAN);
        assertEquals(false, codec.byRows());
        Frame into = Frame.allocate(ybr);
        assertThrows(IllegalArgumentException.class, () -> codec.decodeRows(new byte[16], 0, into, 0, 1));
    }
}
