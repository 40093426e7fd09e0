package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Round-trip properties of the encoders and decoders (jqwik prints the failing parameters and seed). */
class JpegCodecProperties {

    @Property(tries = 300)
    void lossless_encodeThenDecode_returnsSamples(@ForAll @IntRange(min = 1, max = 40) int width,
                                                  @ForAll @IntRange(min = 1, max = 40) int height,
                                                  @ForAll @IntRange(min = 2, max = 16) int precision,
                                                  @ForAll @IntRange(min = 1, max = 4) int components,
                                                  @ForAll @IntRange(min = 1, max = 7) int predictor,
                                                  @ForAll @IntRange(min = 0, max = 3) int pointTransform,
                                                  @ForAll @IntRange(min = 0, max = 3) int restartRows,
                                                  @ForAll long seed) throws Exception {
        int pt = Math.min(pointTransform, precision - 1);
        RasterImage source = seed % 2 == 0 ? TestRasters.noise(width, height, precision, components, seed)
                : smooth(width, height, precision, components, seed);
        byte[] jpeg = LosslessEncoder.encode(source, new LosslessOptions(predictor, pt, restartRows));

        RasterImage decoded = new JpegDecoder().decode(jpeg);

        RasterImage expected = LosslessReferenceTest.pointTransformed(source, pt);
        assertEquals(precision, decoded.precision());
        for (int c = 0; c < components; c++) {
            assertArrayEquals(expected.components().get(c).samples(), decoded.components().get(c).samples());
        }
    }

    @Property(tries = 200)
    void dct_writeThenRead_keepsEveryCoefficient(@ForAll @IntRange(min = 1, max = 50) int width,
                                                 @ForAll @IntRange(min = 1, max = 50) int height,
                                                 @ForAll @IntRange(min = 0, max = 3) int layout,
                                                 @ForAll @IntRange(min = 0, max = 1) int extended,
                                                 @ForAll @IntRange(min = 0, max = 4) int restart,
                                                 @ForAll long seed) throws Exception {
        int[][] layouts = {{0x11}, {0x22, 0x11, 0x11}, {0x21, 0x11, 0x11}, {0x12, 0x21, 0x11}};
        int precision = extended == 1 ? 12 : 8;
        byte[] jpeg = TestStreams.dct(extended == 1 ? 0xC1 : 0xC0, precision, width, height, layouts[layout], seed);
        JpegCoefficientImage image = JpegCoefficientImage.read(jpeg);

        JpegCoefficientImage reread = JpegCoefficientImage.read(image.withRestartInterval(restart).write());

        for (int i = 0; i < layouts[layout].length; i++) {
            CoefficientPlane a = image.component(i);
            CoefficientPlane b = reread.component(i);
            for (int by = 0; by < a.blocksHigh(); by++) {
                for (int bx = 0; bx < a.blocksWide(); bx++) {
                    assertArrayEquals(a.block(bx, by), b.block(bx, by));
                }
            }
        }
    }

    @Property(tries = 300)
    void huffmanOptimizer_anyCounts_validTableThatRoundTrips(@ForAll @IntRange(min = 1, max = 256) int symbols,
                                                             @ForAll @IntRange(min = 0, max = 2) int shape,
                                                             @ForAll @LongRange(min = 0) long seed)
            throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        long[] freq = new long[256];
        List<Integer> sequence = new ArrayList<>();
        long a = 1;
        long b = 1;
        for (int i = 0; i < symbols; i++) {
            int s = random.nextInt(256);
            long count = switch (shape) {
                case 0 -> 1 + random.nextInt(1000);
                case 1 -> 1L << Math.min(i, 40); // very skewed: codes would be far longer than 16 bits
                default -> a; // Fibonacci counts, the classic worst case for code length
            };
            long next = a + b;
            a = b;
            b = Math.min(next, 1L << 40);
            freq[s] += count;
            sequence.add(s);
        }

        HuffmanTable table = HuffmanTableOptimizer.optimize(freq);

        int[] counts = new int[16];
        int total = 0;
        for (int s = 0; s < 256; s++) {
            if (table.encodes(s)) {
                assertTrue(table.codeLengths[s] <= 16);
                assertTrue(Integer.bitCount(table.codes[s]) < table.codeLengths[s] || table.codeLengths[s] == 0,
                        "no all-ones code");
                counts[table.codeLengths[s] - 1]++;
                total++;
            }
            assertEquals(freq[s] > 0, table.encodes(s), "symbol " + s);
        }
        assertNull(HuffmanTable.problem(counts, total));
        assertSymbolsRoundTrip(table, sequence);
    }

    private static void assertSymbolsRoundTrip(HuffmanTable table, List<Integer> sequence) throws Exception {
        ByteSink sink = new ByteSink(64);
        EntropyWriter writer = new EntropyWriter(sink);
        for (int s : sequence) {
            writer.write(table.codes[s], table.codeLengths[s]);
        }
        writer.flush();
        byte[] data = sink.toByteArray();
        EntropyDecoder decoder = new EntropyDecoder(data, 0, data.length, "test");
        for (int s : sequence) {
            assertEquals(s, decoder.decode(table));
        }
        decoder.checkOverrun();
    }

    private static RasterImage smooth(int width, int height, int precision, int components, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int max = (1 << precision) - 1;
        List<Plane> planes = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            short[] s = new short[width * height];
            int v = random.nextInt(max + 1);
            for (int i = 0; i < s.length; i++) {
                v = Math.max(0, Math.min(max, v + random.nextInt(7) - 3));
                s[i] = (short) v;
            }
            planes.add(new Plane(width, height, s));
        }
        return new RasterImage(width, height, precision, planes);
    }
}
