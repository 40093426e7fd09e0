package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lossless JPEG against dcmtk, both ways: streams made by dcmcjpeg decode to exactly dcmdjpeg's samples, and streams
 * made by {@link LosslessEncoder} decode with dcmdjpeg to exactly the source samples.
 */
class LosslessReferenceTest {

    static Stream<Arguments> dcmtkCases() {
        return Stream.of(
                Arguments.of(8, 1, 1, 0), Arguments.of(8, 1, 2, 0), Arguments.of(8, 1, 3, 0),
                Arguments.of(12, 1, 4, 0), Arguments.of(12, 1, 5, 0), Arguments.of(16, 1, 6, 0),
                Arguments.of(16, 1, 7, 0), Arguments.of(16, 1, 1, 0), Arguments.of(12, 1, 1, 3),
                Arguments.of(8, 3, 1, 0), Arguments.of(8, 3, 7, 0), Arguments.of(10, 1, 6, 2));
    }

    @ParameterizedTest(name = "{0}-bit, {1} components, predictor {2}, Pt {3}")
    @MethodSource("dcmtkCases")
    void decode_dcmcjpegLossless_equalsDcmdjpeg(int bits, int components, int predictor, int pt) {
        RasterImage source = components == 1 ? TestRasters.gray(67, 41, bits, bits + predictor)
                : TestRasters.color(67, 41, bits, predictor);
        Path compressed = ReferenceTools.dcmcjpeg(ReferenceTools.plainFile(source), "+el", "+sv", Integer.toString(predictor),
                "+pt", Integer.toString(pt));
        byte[] jpeg = ReferenceTools.frames(compressed).get(0);
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(compressed);

        RasterImage ours = decode(jpeg);

        assertEquals(0, Samples.maxDifference(ours.pixelData(oracle.info().order()), oracle.data(), bits > 8 ? 2 : 1));
        if (pt == 0) {
            assertArrayEquals(source.pixelData(SampleOrder.BY_PIXEL), ours.pixelData(SampleOrder.BY_PIXEL));
        }
    }

    static Stream<Arguments> encoderCases() {
        return Stream.of(
                Arguments.of(8, 1, 1, 0, 0), Arguments.of(16, 1, 1, 0, 0), Arguments.of(12, 1, 7, 0, 0),
                Arguments.of(16, 1, 4, 0, 3), Arguments.of(8, 3, 1, 0, 0), Arguments.of(8, 3, 5, 0, 2),
                Arguments.of(2, 1, 6, 0, 0), Arguments.of(15, 1, 2, 2, 0), Arguments.of(16, 3, 3, 0, 1));
    }

    @ParameterizedTest(name = "{0}-bit, {1} components, predictor {2}, Pt {3}, restart every {4} lines")
    @MethodSource("encoderCases")
    void encode_anyPredictor_dcmdjpegDecodesExactly(int bits, int components, int predictor, int pt, int restartRows) {
        RasterImage source = TestRasters.noise(45, 29, bits, components, bits * 7L + predictor);
        byte[] jpeg = LosslessEncoder.encode(source, new LosslessOptions(predictor, pt, restartRows));
        String ts = predictor == 1 && pt == 0 ? DicomFixture.JPEG_LOSSLESS_SV1 : DicomFixture.JPEG_LOSSLESS;
        DicomFixture.Image image = ReferenceTools.image(source);
        Path file = ReferenceTools.write(DicomFixture.encapsulatedFile(image, ts, List.of(jpeg)), "ours.dcm");

        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(file);

        RasterImage expected = pointTransformed(source, pt);
        assertEquals(0, Samples.maxDifference(expected.pixelData(oracle.info().order()), oracle.data(),
                bits > 8 ? 2 : 1));
    }

    static RasterImage decode(byte[] jpeg) {
        try {
            return new JpegDecoder().decode(jpeg);
        } catch (JpegFormatException e) {
            throw new AssertionError(e);
        }
    }

    static RasterImage pointTransformed(RasterImage image, int pt) {
        List<Plane> planes = image.components().stream().map(p -> {
            short[] s = p.samples().clone();
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (((s[i] & 0xFFFF) >> pt) << pt);
            }
            return new Plane(p.width(), p.height(), s);
        }).toList();
        return new RasterImage(image.width(), image.height(), image.precision(), planes);
    }
}
