package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marker-level structure: fill bytes, APPn/COM kept on rewrite, DNL, restart intervals (no external tools). */
class JpegStreamStructureTest {
    private static final int[] YCBCR_420 = {0x22, 0x11, 0x11};

    @Test
    void decode_fillBytesBeforeMarkers_sameAsWithout() throws Exception {
        byte[] jpeg = TestStreams.dct(0xC0, 8, 37, 21, new int[] {0x11}, 1);
        byte[] filled = insert(jpeg, 2, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        assertPlanesEqual(decode(jpeg), decode(filled));
        assertArrayEquals(jpeg, JpegCoefficientImage.read(filled).write());
    }

    @Test
    void write_appAndComSegments_keptInOrder() throws Exception {
        byte[] jpeg = TestStreams.dct(0xC0, 8, 20, 20, YCBCR_420, 2);
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        TestStreams.segment(extra, 0xE1, "APP1 payload".getBytes(StandardCharsets.US_ASCII));
        TestStreams.segment(extra, 0xFE, "a comment".getBytes(StandardCharsets.US_ASCII));
        TestStreams.segment(extra, 0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1});
        byte[] annotated = insert(jpeg, 2, extra.toByteArray());

        byte[] written = JpegCoefficientImage.read(annotated).write();

        List<JpegSegment> segments = JpegParser.parse(written, JpegLimits.DEFAULT).segments();
        List<Integer> markers = new java.util.ArrayList<>(List.of(0xE1, 0xFE, 0xEE));
        JpegParser.parse(jpeg, JpegLimits.DEFAULT).segments().forEach(seg -> markers.add(seg.marker()));
        assertEquals(markers, segments.stream().map(JpegSegment::marker).toList());
        assertEquals("a comment", new String(segments.get(1).payload(), StandardCharsets.US_ASCII));
        assertArrayEquals(annotated, written);
    }

    @Test
    void decode_heightFromDnl_sameAsHeightInFrame() throws Exception {
        byte[] jpeg = TestStreams.dct(0xC0, 8, 30, 19, YCBCR_420, 3);
        byte[] dnl = withDnl(jpeg, 19);

        JpegCoefficientImage image = JpegCoefficientImage.read(dnl);

        assertEquals(19, image.frame().height());
        assertPlanesEqual(decode(jpeg), image.toPlanes());
        assertArrayEquals(jpeg, image.write(), "written with the height in SOF and without DNL");
    }

    @Test
    void decode_dnlDisagreesWithFrame_fails() throws Exception {
        byte[] jpeg = TestStreams.dct(0xC0, 8, 30, 19, new int[] {0x11}, 3);
        byte[] dnl = withDnl(jpeg, 18);
        int sof = indexOf(dnl, 0xC0);
        dnl[sof + 5] = 0;
        dnl[sof + 6] = 19;

        JpegFormatException e = assertThrows(JpegFormatException.class, () -> new JpegDecoder().decode(dnl));

        assertEquals("JPEG @0x" + hex(dnl.length - 8) + ": DNL: DNL gives 18 lines but the frame header says 19",
                e.getMessage());
    }

    @Test
    void withRestartInterval_written_decodesToSameCoefficients() throws Exception {
        for (int interval : new int[] {1, 2, 5, 64}) {
            byte[] jpeg = TestStreams.dct(0xC1, 12, 41, 35, YCBCR_420, interval);
            JpegCoefficientImage image = JpegCoefficientImage.read(jpeg);

            JpegCoefficientImage reread = JpegCoefficientImage.read(image.withRestartInterval(interval).write());

            for (int i = 0; i < 3; i++) {
                CoefficientPlane a = image.component(i);
                CoefficientPlane b = reread.component(i);
                for (int by = 0; by < a.blocksHigh(); by++) {
                    for (int bx = 0; bx < a.blocksWide(); bx++) {
                        assertArrayEquals(a.block(bx, by), b.block(bx, by), "interval " + interval);
                    }
                }
            }
        }
    }

    @Test
    void decode_scanPerComponent_sameAsInterleaved() throws Exception {
        for (int[] sampling : new int[][] {YCBCR_420, {0x21, 0x11, 0x11}, {0x11, 0x12, 0x11}}) {
            byte[] interleaved = TestStreams.dct(0xC0, 8, 45, 27, sampling, 12);
            byte[] separate = TestStreams.dctSeparateScans(0xC0, 8, 45, 27, sampling, 12);
            JpegCoefficientImage image = JpegCoefficientImage.read(separate);

            assertEquals(3, JpegParser.parse(separate, JpegLimits.DEFAULT).scans().size());
            assertPlanesEqual(decode(interleaved), image.toPlanes());
            assertPlanesEqual(image.toPlanes(), decode(image.withRestartInterval(2).write()));
        }
    }

    @Test
    void decode_lossyStreamFromCoefficients_matchesHandComputedFlatBlock() throws Exception {
        byte[] blank = TestStreams.blank(0xC0, 8, 16, 8, new int[] {0x11});
        JpegCoefficientImage image = JpegCoefficientImage.read(blank);
        short[] block = new short[64];
        block[0] = 3; // quantizer 4: every sample 3 * 4 / 8 + 128 = 129.5, rounds half up to 130
        image.component(0).setBlock(0, 0, block);
        block[0] = -3; // -1.5 + 128 = 126.5, rounds half up to 127
        image.component(0).setBlock(1, 0, block);

        Plane plane = JpegCoefficientImage.read(image.write()).toPlanes().planes().get(0);

        for (int y = 0; y < 8; y++) {
            short[] row = Arrays.copyOfRange(plane.samples(), y * 16, y * 16 + 16);
            short[] expected = new short[16];
            Arrays.fill(expected, 0, 8, (short) 130);
            Arrays.fill(expected, 8, 16, (short) 127);
            assertArrayEquals(expected, row);
        }
    }

    /** The stream with its SOF height set to 0 and a DNL segment giving lines after the scan. */
    static byte[] withDnl(byte[] jpeg, int lines) {
        byte[] out = insert(jpeg, jpeg.length - 2, new byte[] {(byte) 0xFF, (byte) 0xDC, 0, 4,
            (byte) (lines >> 8), (byte) lines});
        int sof = indexOf(out, 0xC0);
        out[sof + 5] = 0;
        out[sof + 6] = 0;
        return out;
    }

    /** Offset of the first 0xFF followed by the marker code in the header part. */
    static int indexOf(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }

    static byte[] insert(byte[] data, int at, byte[] extra) {
        byte[] out = new byte[data.length + extra.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(data, at, out, at + extra.length, data.length - at);
        return out;
    }

    static String hex(int offset) {
        return Integer.toHexString(offset).toUpperCase();
    }

    static ComponentPlanes decode(byte[] jpeg) throws JpegFormatException {
        return new JpegDecoder().decodePlanes(jpeg);
    }

    static void assertPlanesEqual(ComponentPlanes expected, ComponentPlanes actual) {
        assertEquals(expected.planes().size(), actual.planes().size());
        for (int i = 0; i < expected.planes().size(); i++) {
            assertArrayEquals(expected.planes().get(i).samples(), actual.planes().get(i).samples(), "component " + i);
        }
    }
}
