package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Corrupt, truncated and hostile streams fail with a {@link JpegFormatException} naming the offset and marker, and
 * never hang, exhaust memory or escape as another exception. Offsets refer to {@link TestStreams#blank} with one
 * 8x8 component: DQT at 0x2, SOF at 0x47, DHT at 0x54, SOS at 0x7C, entropy data at 0x86.
 */
class JpegCorruptStreamTest {

    private static byte[] blank() {
        return TestStreams.blank(0xC0, 8, 8, 8, new int[] {0x11});
    }

    private static String message(byte[] jpeg, JpegLimits limits) {
        return assertThrows(JpegFormatException.class, () -> new JpegDecoder(limits).decode(jpeg)).getMessage();
    }

    private static String message(byte[] jpeg) {
        return message(jpeg, JpegLimits.DEFAULT);
    }

    @Test
    void decode_noSoi_failsAtStart() {
        assertEquals("JPEG @0x0: stream: does not start with SOI (0xFFD8)", message(new byte[] {0, 1}));
    }

    @Test
    void decode_byteWhereMarkerExpected_namesIt() {
        byte[] jpeg = blank();
        jpeg[2] = 0x12;
        assertEquals("JPEG @0x2: stream: expected a marker (0xFF), found 0x12", message(jpeg));
    }

    @Test
    void decode_codeMissingFromTable_reportsHuffmanError() {
        byte[] jpeg = blank();
        jpeg[0x86] = (byte) 0x80; // DC table only has the code "0"
        assertEquals("JPEG @0x86: SOS: invalid Huffman code 0x8000 (no code of up to 16 bits matches)",
                message(jpeg));
    }

    @Test
    void decode_absurdDimensions_limitNamesKnob() {
        byte[] jpeg = withSize(blank(), 65535, 65535);
        assertEquals("JPEG @0x47: SOF0: 65535 x 65535 frame with 1 components needs 4294967296 samples, exceeds"
                + " JpegLimits.maxSamples (134217728)", message(jpeg));
        assertThrows(JpegLimitException.class, () -> new JpegDecoder().decode(jpeg));
    }

    @Test
    void decode_absurdDimensionsWithinLimit_failsBeforeAllocating() {
        byte[] jpeg = withSize(blank(), 65535, 65535);
        assertEquals("JPEG @0x86: SOS: scan needs at least 16777216 bytes of entropy-coded data for 67108864 data"
                + " units, has 1", message(jpeg, new JpegLimits(1L << 40)));
    }

    @ParameterizedTest
    @CsvSource({"194, SOF2: unsupported: progressive JPEG (SOF2)", "197, SOF5: unsupported: hierarchical JPEG (SOF5)",
        "201, SOF9: unsupported: arithmetic coding (SOF9)", "203, SOF11: unsupported: arithmetic coding (SOF11)"})
    void decode_otherProcesses_rejectedAsUnsupported(int marker, String expected) {
        byte[] jpeg = blank();
        jpeg[0x48] = (byte) marker;
        assertEquals("JPEG @0x47: " + expected, message(jpeg));
    }

    @Test
    void decode_dcmcjpegProgressive_rejectedAsUnsupported() {
        byte[] jpeg = ReferenceTools.compress(TestRasters.gray(32, 32, 8, 1), "+ep");
        assertTrue(message(jpeg).endsWith(": SOF2: unsupported: progressive JPEG (SOF2)"), message(jpeg));
    }

    @Test
    void decode_undefinedTable_namesSlot() {
        byte[] jpeg = blank();
        jpeg[0x82] = 0x11;
        assertEquals("JPEG @0x7C: SOS: component 1 uses undefined Huffman table DC1", message(jpeg));
    }

    @Test
    void decode_segmentLengthPastEnd_fails() {
        byte[] jpeg = blank();
        jpeg[4] = 4;
        assertEquals("JPEG @0x4: DQT: segment length 1091 does not fit the " + (jpeg.length - 4) + " bytes left",
                message(jpeg));
    }

    @Test
    void decode_noEoi_fails() {
        byte[] jpeg = blank();
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length - 2);
        assertEquals("JPEG @0x" + Integer.toHexString(cut.length).toUpperCase() + ": stream: missing EOI: stream"
                + " ends after " + cut.length + " bytes", message(cut));
    }

    @Test
    void decode_wrongRestartMarker_fails() throws Exception {
        byte[] jpeg = JpegCoefficientImage.read(TestStreams.dct(0xC0, 8, 32, 8, new int[] {0x11}, 5))
                .withRestartInterval(1).write();
        int rst1 = indexOfRestart(jpeg, 1);
        jpeg[rst1 + 1] = (byte) 0xD3;
        assertEquals("JPEG @0x" + Integer.toHexString(rst1).toUpperCase() + ": SOS: expected RST1, found RST3",
                message(jpeg));
    }

    @Test
    void decode_everyTruncation_failsCleanly() throws Exception {
        byte[] dct = TestStreams.dct(0xC0, 8, 24, 17, new int[] {0x22, 0x11, 0x11}, 9);
        byte[] lossless = LosslessEncoder.encode(TestRasters.noise(13, 7, 12, 3, 4), new LosslessOptions(4, 0, 2));
        for (byte[] jpeg : new byte[][] {dct, lossless}) {
            for (int n = 0; n < jpeg.length; n++) {
                byte[] cut = Arrays.copyOf(jpeg, n);
                JpegFormatException e = assertThrows(JpegFormatException.class, () -> new JpegDecoder().decode(cut),
                        "prefix of " + n + " bytes");
                assertTrue(e.getMessage().startsWith("JPEG @0x"), e.getMessage());
            }
        }
    }

    @Test
    void decode_randomCorruption_decodesOrFailsCleanly() throws Exception {
        byte[] dct = JpegCoefficientImage.read(TestStreams.dct(0xC1, 12, 40, 24, new int[] {0x21, 0x11, 0x11}, 8))
                .withRestartInterval(3).write();
        byte[] lossless = LosslessEncoder.encode(TestRasters.noise(21, 9, 16, 2, 6), new LosslessOptions(7, 0, 3));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            fuzz(dct, 1);
            fuzz(lossless, 2);
        });
    }

    private static void fuzz(byte[] valid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 3000; round++) {
            byte[] jpeg = valid.clone();
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                jpeg[random.nextInt(jpeg.length)] = (byte) random.nextInt(256);
            }
            try {
                new JpegDecoder(new JpegLimits(1 << 20)).decode(jpeg, DecodeOptions.DEFAULT);
                if (JpegParser.parse(jpeg, JpegLimits.DEFAULT).frame().process().dct()) {
                    JpegCoefficientImage.read(JpegCoefficientImage.read(jpeg).write());
                }
            } catch (JpegFormatException e) {
                assertTrue(e.getMessage().startsWith("JPEG @0x"), e.getMessage());
            } catch (RuntimeException e) {
                fail("seed " + seed + " round " + round + ": " + e, e);
            }
        }
    }

    private static int indexOfRestart(byte[] jpeg, int n) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == 0xD0 + n) {
                return i;
            }
        }
        throw new AssertionError("no RST" + n);
    }

    private static byte[] withSize(byte[] jpeg, int width, int height) {
        jpeg[0x4C] = (byte) (height >> 8);
        jpeg[0x4D] = (byte) height;
        jpeg[0x4E] = (byte) (width >> 8);
        jpeg[0x4F] = (byte) width;
        return jpeg;
    }
}
