package org.veil.pixel.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegionFillTest {

    private static Frame random(ImageDescriptor d, long seed) {
        Frame f = Frame.allocate(d);
        SplittableRandom r = new SplittableRandom(seed);
        for (int s = 0; s < f.samples(); s++) {
            int[] cells = f.plane(s).ints();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = r.nextInt(1 << d.bitsAllocated());
            }
        }
        return f;
    }

    /** Asserts every cell inside {@code filled} equals {@code cells[s]} and every cell outside equals the original. */
    private static void assertOnlyRectChanged(Frame before, Frame after, Rect filled, long[] cells) {
        for (int s = 0; s < after.samples(); s++) {
            int sub = after.horizontalSubsampling(s);
            Plane a = after.plane(s);
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    boolean inside = filled.contains(x * sub, y);
                    long expected = inside ? cells[s] : before.plane(s).get(x, y);
                    assertEquals(expected, a.get(x, y), "sample " + s + " at (" + x + "," + y + ")");
                }
            }
        }
    }

    @Test
    void fill_rectInside_changesOnlyTheRect() {
        ImageDescriptor d = ImageDescriptor.builder().columns(17).rows(9).bitsAllocated(8)
                .photometric(PhotometricInterpretation.RGB).build();
        Frame before = random(d, 1);
        Frame after = before.copy();
        Rect done = RegionFill.fill(after, d, new Rect(3, 2, 5, 4), FillValue.rgb(255, 0, 0));
        assertEquals(new Rect(3, 2, 5, 4), done);
        assertOnlyRectChanged(before, after, done, new long[] {255, 0, 0});
    }

    @Test
    void fill_rectBeyondEdges_isClipped() {
        ImageDescriptor d = ImageDescriptor.builder().columns(10).rows(6).bitsAllocated(16).bitsStored(12).build();
        Frame before = random(d, 2);
        Frame after = before.copy();
        Rect done = RegionFill.fill(after, d, new Rect(-3, 4, 100, 100), FillValue.white());
        assertEquals(new Rect(0, 4, 10, 2), done);
        assertOnlyRectChanged(before, after, done, new long[] {4095});
    }

    @Test
    void fill_rectOutsideFrame_changesNothing() {
        ImageDescriptor d = ImageDescriptor.builder().columns(4).rows(4).bitsAllocated(8).build();
        Frame before = random(d, 3);
        Frame after = before.copy();
        assertTrue(RegionFill.fill(after, d, new Rect(4, 0, 3, 3), FillValue.black()).isEmpty());
        assertTrue(before.contentEquals(after));
    }

    @Test
    void fill_ybr422OddEdges_widensToWholePixelPairs() {
        ImageDescriptor d = ImageDescriptor.builder().columns(12).rows(3).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_FULL_422).build();
        Frame before = random(d, 4);
        Frame after = before.copy();
        Rect done = RegionFill.fill(after, d, new Rect(3, 1, 4, 1), FillValue.black());
        assertEquals(new Rect(2, 1, 6, 1), done);
        assertOnlyRectChanged(before, after, done, new long[] {0, 128, 128});
    }

    @Test
    void cells_signedBlack_isMostNegativeSignExtended() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(16).bitsStored(12)
                .pixelRepresentation(PixelRepresentation.SIGNED).build();
        assertArrayEquals(new long[] {0xF800}, FillValue.black().cells(d));
        assertArrayEquals(new long[] {0x07FF}, FillValue.white().cells(d));
        assertArrayEquals(new long[] {0xFC18}, FillValue.samples(-1000).cells(d));
    }

    @Test
    void cells_monochrome1Black_isLargestValue() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(16).bitsStored(10)
                .photometric(PhotometricInterpretation.MONOCHROME1).build();
        assertArrayEquals(new long[] {1023}, FillValue.black().cells(d));
    }

    @Test
    void cells_highBitAboveBitsStoredMinusOne_placesValueAtLowBit() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(16).bitsStored(8).highBit(11).build();
        assertArrayEquals(new long[] {0xFF0}, FillValue.white().cells(d));
    }

    @Test
    void cells_redInYbrFull_followsPs33Equations() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8).photometric(PhotometricInterpretation.YBR_FULL)
                .build();
        // Y = .299*255 = 76.2, Cb = -.1687*255 + 128 = 85.0, Cr = .5*255 + 128 = 255.5 -> clamped to 255
        assertArrayEquals(new long[] {76, 85, 255}, FillValue.rgb(255, 0, 0).cells(d));
    }

    @Test
    void cells_grayInYbrPartial_usesStudioRange() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_PARTIAL_420).build();
        assertArrayEquals(new long[] {16, 128, 128}, FillValue.black().cells(d));
        assertArrayEquals(new long[] {235, 128, 128}, FillValue.white().cells(d));
    }

    @Test
    void cells_paletteGray_asksForAnIndex() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8).photometric(PhotometricInterpretation.PALETTE_COLOR)
                .build();
        var e = assertThrows(IllegalArgumentException.class, () -> FillValue.black().cells(d));
        assertEquals("PALETTE COLOR has no gray scale: give the index with FillValue.samples", e.getMessage());
        assertArrayEquals(new long[] {7}, FillValue.samples(7).cells(d));
    }

    @Test
    void cells_floatData_needsRealValue() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(32).sampleFormat(SampleFormat.IEEE_FLOAT).build();
        assertArrayEquals(new long[] {Integer.toUnsignedLong(Float.floatToRawIntBits(-1.5f))}, FillValue.real(-1.5).cells(d));
        assertThrows(IllegalArgumentException.class, () -> FillValue.black().cells(d));
    }

    @Test
    void fill_severalRects_returnsThoseThatHitTheFrame() {
        ImageDescriptor d = ImageDescriptor.builder().columns(8).rows(8).bitsAllocated(8).build();
        Frame f = Frame.allocate(d);
        List<Rect> done = RegionFill.fill(f, d, List.of(new Rect(0, 0, 2, 2), new Rect(20, 20, 2, 2),
                new Rect(6, 6, 4, 4)), FillValue.white());
        assertEquals(List.of(new Rect(0, 0, 2, 2), new Rect(6, 6, 2, 2)), done);
        assertEquals(255, f.plane(0).get(7, 7));
        assertEquals(0, f.plane(0).get(5, 5));
    }

    @Test
    void samples_valueOutOfRange_fails() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8).build();
        assertThrows(IllegalArgumentException.class, () -> FillValue.samples(256).cells(d));
        assertThrows(IllegalArgumentException.class, () -> FillValue.samples(-1).cells(d));
    }
}
