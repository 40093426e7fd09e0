package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coefficient-level editing of dcmcjpeg streams: unchanged streams are written back identically, block redaction
 * changes exactly the blocks that meet the region, and dcmtk decodes every stream written.
 */
class JpegCoefficientImageTest {

    static Stream<Arguments> streams() {
        return Stream.of(
                Arguments.of("gray 8-bit baseline", TestRasters.gray(77, 53, 8, 3), List.of("+eb")),
                Arguments.of("gray 12-bit extended", TestRasters.gray(70, 45, 12, 4), List.of("+ee")),
                Arguments.of("YCbCr 4:2:2", TestRasters.color(77, 53, 8, 5), List.of("+eb", "+s2")),
                Arguments.of("YCbCr 4:2:0", TestRasters.color(61, 47, 8, 6), List.of("+eb", "+np")),
                Arguments.of("gray standard tables", TestRasters.gray(40, 33, 8, 7), List.of("+eb", "-ho")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void write_unchanged_reproducesOriginalBytes(String name, RasterImage source, List<String> options)
            throws Exception {
        byte[] jpeg = normalized(ReferenceTools.compress(source, options.toArray(String[]::new)));

        byte[] written = JpegCoefficientImage.read(jpeg).write();

        assertArrayEquals(jpeg, written, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void redactBlocks_region_changesOnlyBlocksMeetingIt(String name, RasterImage source, List<String> options)
            throws Exception {
        byte[] jpeg = ReferenceTools.compress(source, options.toArray(String[]::new));
        JpegCoefficientImage original = JpegCoefficientImage.read(jpeg);
        JpegCoefficientImage image = JpegCoefficientImage.read(jpeg);
        Rectangle region = new Rectangle(13, 9, 30, 17);
        int fill = source.precision() == 8 ? 30 : 300;

        Rectangle effective = image.redactBlocks(region, fill);
        byte[] written = image.write();
        JpegCoefficientImage again = JpegCoefficientImage.read(written);

        FrameHeader f = again.frame();
        int mcuW = 8 * f.maxHorizontalSampling();
        int mcuH = 8 * f.maxVerticalSampling();
        Rectangle clipped = region.intersection(new Rectangle(0, 0, f.width(), f.height()));
        assertTrue(effective.contains(clipped), "effective area " + effective + " covers " + clipped);
        assertEquals(0, effective.x % mcuW);
        assertEquals(0, effective.y % mcuH);
        assertTrue(effective.x + mcuW > region.x && effective.y + mcuH > region.y, "no MCU to spare at top left");
        assertTrue(effective.x + effective.width - mcuW < clipped.x + clipped.width
                && effective.y + effective.height - mcuH < clipped.y + clipped.height, "no MCU to spare at bottom right");
        ComponentPlanes planes = again.toPlanes();
        int changed = 0;
        for (int i = 0; i < f.components().size(); i++) {
            changed += checkBlocks(f, i, region, fill, original, again, planes.planes().get(i));
        }
        assertTrue(changed > 0, "some blocks were redacted");
        checkDcmtk(source, jpeg, written, effective);
    }

    /** Asserts each block of component i: flat and near fill when it meets the region, else as decoded before. */
    private static int checkBlocks(FrameHeader f, int i, Rectangle region, int fill, JpegCoefficientImage before,
                                   JpegCoefficientImage after, Plane samples) {
        CoefficientPlane b = before.component(i);
        CoefficientPlane a = after.component(i);
        int q0 = after.quantTable(i).value(0);
        int half = 1 << (f.precision() - 1);
        int changed = 0;
        for (int by = 0; by < a.blocksHigh(); by++) {
            for (int bx = 0; bx < a.blocksWide(); bx++) {
                boolean visible = bx < a.visibleBlocksWide() && by < a.visibleBlocksHigh();
                if (!visible || !meets(f, i, bx, by, region)) {
                    assertArrayEquals(b.block(bx, by), a.block(bx, by), "component " + i + " block " + bx + "," + by);
                    continue;
                }
                changed++;
                short[] block = a.block(bx, by);
                assertTrue(Arrays.equals(Arrays.copyOfRange(block, 1, 64), new short[63]), "AC of a redacted block");
                double reconstructed = block[0] * q0 / 8.0 + half;
                for (int d = -2; d <= 2; d++) {
                    double alternative = (block[0] + d) * q0 / 8.0 + half;
                    assertTrue(Math.abs(reconstructed - fill) <= Math.abs(alternative - fill), "DC closest to fill");
                }
                assertUniform(samples, bx, by);
            }
        }
        return changed;
    }

    /**
     * Whether block (bx, by) of component i holds a sample of the region: its samples span full-resolution columns
     * [8 bx Hmax / Hi, (8 bx + 8) Hmax / Hi), likewise lines.
     */
    static boolean meets(FrameHeader f, int i, int bx, int by, Rectangle region) {
        Rectangle r = region.intersection(new Rectangle(0, 0, f.width(), f.height()));
        int h = f.components().get(i).horizontalSampling();
        int v = f.components().get(i).verticalSampling();
        int hmax = f.maxHorizontalSampling();
        int vmax = f.maxVerticalSampling();
        boolean across = 8L * bx * hmax < (long) (r.x + r.width) * h && (8L * bx + 8) * hmax > (long) r.x * h;
        boolean down = 8L * by * vmax < (long) (r.y + r.height) * v && (8L * by + 8) * vmax > (long) r.y * v;
        return across && down;
    }

    private static void assertUniform(Plane p, int bx, int by) {
        int first = p.get(bx * 8, by * 8);
        for (int y = by * 8; y < Math.min(p.height(), by * 8 + 8); y++) {
            for (int x = bx * 8; x < Math.min(p.width(), bx * 8 + 8); x++) {
                assertEquals(first, p.get(x, y), "redacted block " + bx + "," + by + " is uniform");
            }
        }
    }

    /**
     * dcmdjpeg decodes the written stream, within 1 of our decoding, and outside the redacted MCUs (plus one pixel
     * of chroma interpolation) exactly as it decodes the original.
     */
    private static void checkDcmtk(RasterImage source, byte[] original, byte[] written, Rectangle effective)
            throws Exception {
        DicomFixture.Image image = ReferenceTools.image(source);
        ReferenceTools.Pixels before = ReferenceTools.dcmdjpeg(original, image);
        ReferenceTools.Pixels after = ReferenceTools.dcmdjpeg(written, image);
        int bytes = source.precision() > 8 ? 2 : 1;
        RasterImage ours = new JpegDecoder().decode(written);
        assertTrue(Samples.maxDifference(ours.pixelData(after.info().order()), after.data(), bytes) <= 1);
        Rectangle margin = new Rectangle(effective.x - 2, effective.y - 2, effective.width + 4, effective.height + 4);
        int n = source.components().size();
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                if (margin.contains(x, y)) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    int at = ((y * source.width() + x) * n + c) * bytes;
                    assertEquals(Samples.sample(before.data(), at, bytes), Samples.sample(after.data(), at, bytes),
                            "dcmdjpeg sample outside the redaction at " + x + "," + y);
                }
            }
        }
    }

    static Stream<Arguments> restartCases() {
        return Stream.of(
                Arguments.of("gray 8-bit baseline", TestRasters.gray(77, 53, 8, 3), List.of("+eb"), 1),
                Arguments.of("gray 12-bit extended", TestRasters.gray(70, 45, 12, 4), List.of("+ee"), 7),
                Arguments.of("YCbCr 4:2:2", TestRasters.color(77, 53, 8, 5), List.of("+eb", "+s2"), 5),
                Arguments.of("YCbCr 4:2:0", TestRasters.color(61, 47, 8, 6), List.of("+eb", "+np"), 3));
    }

    @ParameterizedTest(name = "{0}, every {3} MCUs")
    @MethodSource("restartCases")
    void withRestartInterval_rewritten_dcmdjpegDecodesIdentically(String name, RasterImage source,
                                                                  List<String> options, int interval)
            throws Exception {
        byte[] jpeg = normalized(ReferenceTools.compress(source, options.toArray(String[]::new)));
        JpegCoefficientImage original = JpegCoefficientImage.read(jpeg);

        byte[] restarted = original.withRestartInterval(interval).write();

        FrameHeader f = original.frame();
        long mcus = (long) f.mcusAcross() * f.mcusDown();
        assertEquals((mcus + interval - 1) / interval - 1, restartMarkers(restarted), "RSTn markers");
        JpegCoefficientImage reread = JpegCoefficientImage.read(restarted);
        for (int i = 0; i < f.components().size(); i++) {
            CoefficientPlane a = original.component(i);
            CoefficientPlane b = reread.component(i);
            for (int by = 0; by < a.blocksHigh(); by++) {
                for (int bx = 0; bx < a.blocksWide(); bx++) {
                    assertArrayEquals(a.block(bx, by), b.block(bx, by));
                }
            }
        }
        DicomFixture.Image image = ReferenceTools.image(source);
        assertArrayEquals(ReferenceTools.dcmdjpeg(jpeg, image).data(), ReferenceTools.dcmdjpeg(restarted, image).data());
        byte[] removed = reread.withRestartInterval(0).write();
        assertEquals(0, restartMarkers(removed), "restart markers removed again");
        List<Plane> expected = original.toPlanes().planes();
        List<Plane> actual = JpegCoefficientImage.read(removed).toPlanes().planes();
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).samples(), actual.get(i).samples());
        }
    }

    /** RSTn markers in the stream (0xFF followed by 0xD0..0xD7; entropy data never has 0xFF unstuffed). */
    static int restartMarkers(byte[] jpeg) {
        int n = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xF8) == 0xD0) {
                n++;
            }
        }
        return n;
    }

    @Test
    void redactBlocks_fillOutsideTables_writesOptimizedTablesDcmtkReads() throws Exception {
        RasterImage flat = TestRasters.noise(64, 48, 3, 1, 11);
        short[] s = flat.components().get(0).samples();
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (126 + s[i]);
        }
        byte[] jpeg = ReferenceTools.compress(flat, "+eb");
        JpegCoefficientImage image = JpegCoefficientImage.read(jpeg);

        image.redactBlocks(new Rectangle(16, 16, 16, 16), 0);
        byte[] written = image.write();

        assertTrue(dhtCount(written) > dhtCount(jpeg), "a DHT with new tables was added");
        ReferenceTools.Pixels decoded = ReferenceTools.dcmdjpeg(written, ReferenceTools.image(flat));
        assertTrue(Samples.sample(decoded.data(), 20 * 64 + 20, 1) <= 1, "redacted block is black in dcmtk");
        assertEquals(Samples.sample(ReferenceTools.dcmdjpeg(jpeg, ReferenceTools.image(flat)).data(), 5, 1),
                Samples.sample(decoded.data(), 5, 1));
    }

    @Test
    void redactBlocks_perComponentFill_greyInYcbcr() throws Exception {
        RasterImage source = TestRasters.color(48, 32, 8, 9);
        JpegCoefficientImage image = JpegCoefficientImage.read(ReferenceTools.compress(source, "+eb", "+s2"));

        image.redactBlocks(new Rectangle(0, 0, 16, 8), new int[] {100, 128, 128});

        ComponentPlanes planes = JpegCoefficientImage.read(image.write()).toPlanes();
        int y = planes.planes().get(0).get(3, 3);
        assertTrue(Math.abs(y - 100) <= 1, "Y " + y);
        assertEquals(128, planes.planes().get(1).get(3, 3));
        assertEquals(128, planes.planes().get(2).get(3, 3));
    }

    /**
     * The stream up to its EOI, without the 0x00 that pads a DICOM fragment to even length, and without 0xFF fill
     * bytes before EOI (dcmtk writes one after the last scan; T.81 B.1.1.2 allows them, a rewrite does not repeat).
     */
    static byte[] normalized(byte[] fragment) {
        int end = fragment.length;
        while (end > 2 && !(fragment[end - 2] == (byte) 0xFF && fragment[end - 1] == (byte) 0xD9)) {
            end--;
        }
        int fill = end - 2;
        while (fragment[fill - 1] == (byte) 0xFF) {
            fill--;
        }
        byte[] out = Arrays.copyOf(fragment, fill + 2);
        out[fill] = (byte) 0xFF;
        out[fill + 1] = (byte) 0xD9;
        return out;
    }

    static long dhtCount(byte[] jpeg) throws JpegFormatException {
        return JpegParser.parse(jpeg, JpegLimits.DEFAULT).segments().stream()
                .filter(seg -> seg.marker() == JpegMarker.DHT).count();
    }
}
