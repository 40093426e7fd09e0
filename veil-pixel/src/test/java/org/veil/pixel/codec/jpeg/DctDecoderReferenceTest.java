package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lossy decoding against dcmtk: synthetic images are compressed with dcmcjpeg, and our decoding of the JPEG stream
 * must be within 1 of dcmdjpeg's decoding of the same stream (T.81 allows decoders some IDCT freedom).
 */
class DctDecoderReferenceTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("gray 8-bit baseline", 77, 53, 8, 1, List.of("+eb")),
                Arguments.of("gray 8-bit extended", 64, 40, 8, 1, List.of("+ee")),
                Arguments.of("gray 12-bit extended", 77, 53, 12, 1, List.of("+ee")),
                Arguments.of("YCbCr 4:2:2", 77, 53, 8, 3, List.of("+eb", "+s2")),
                Arguments.of("YCbCr 4:4:4", 45, 33, 8, 3, List.of("+eb", "+s4")),
                Arguments.of("YCbCr 4:1:1 as 4:2:0", 61, 47, 8, 3, List.of("+eb", "+np")),
                Arguments.of("RGB without transform", 40, 30, 8, 3, List.of("+eb", "+cr")),
                Arguments.of("gray standard tables", 50, 50, 8, 1, List.of("+eb", "-ho")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decode_dcmcjpegStream_withinOneOfDcmdjpeg(String name, int w, int h, int bits, int components,
                                                   List<String> options) throws Exception {
        RasterImage source = components == 1 ? TestRasters.gray(w, h, bits, 7) : TestRasters.color(w, h, bits, 7);
        Path plain = ReferenceTools.plainFile(source);
        Path compressed = ReferenceTools.dcmcjpeg(plain, options.toArray(String[]::new));
        byte[] jpeg = ReferenceTools.frames(compressed).get(0);
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(compressed, "+cn");

        RasterImage ours = new JpegDecoder().decode(jpeg, DecodeOptions.DEFAULT);

        assertEquals(oracle.info().rows(), ours.height());
        assertEquals(oracle.info().columns(), ours.width());
        int diff = Samples.maxDifference(ours.pixelData(oracle.info().order()), oracle.data(), bits > 8 ? 2 : 1);
        System.out.println(name + ": max difference to dcmdjpeg " + diff);
        assertTrue(diff <= 1, name + ": max difference " + diff);
    }

    /**
     * RGB output: Y, Cb and Cr may each differ by 1 from dcmtk's, and B = Y + 1.772 Cb' turns that into up to 3
     * (R and G into up to 2 or 3), so the tolerance is 3 here while the YCbCr samples stay within 1.
     */
    @ParameterizedTest
    @ValueSource(strings = {"+s2", "+s4", "+np"})
    void decode_ycbcrToRgb_closeToDcmdjpegConversion(String sampling) throws Exception {
        RasterImage source = TestRasters.color(64, 48, 8, 3);
        Path compressed = ReferenceTools.dcmcjpeg(ReferenceTools.plainFile(source), "+eb", sampling);
        byte[] jpeg = ReferenceTools.frames(compressed).get(0);
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(compressed, "+ca");

        RasterImage rgb = new JpegDecoder().decode(jpeg,
                DecodeOptions.DEFAULT.withColorTransform(ColorTransform.YCBCR_TO_RGB));

        int diff = Samples.maxDifference(rgb.pixelData(oracle.info().order()), oracle.data(), 1);
        System.out.println("RGB " + sampling + ": max difference to dcmdjpeg " + diff);
        assertTrue(diff <= 3, "max difference " + diff);
    }

    @Test
    void decode_replicateUpsampling_differsFromDcmtkWhereTriangleAgrees() throws Exception {
        RasterImage source = TestRasters.color(64, 48, 8, 4);
        Path compressed = ReferenceTools.dcmcjpeg(ReferenceTools.plainFile(source), "+eb", "+s2");
        byte[] jpeg = ReferenceTools.frames(compressed).get(0);
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(compressed, "+cn");

        RasterImage box = new JpegDecoder().decode(jpeg, DecodeOptions.DEFAULT.withUpsampling(Upsampling.REPLICATE));

        assertTrue(Samples.maxDifference(box.pixelData(oracle.info().order()), oracle.data(), 1) > 1,
                "dcmtk interpolates chroma, so plain replication must differ");
    }

    /**
     * Streams written by {@link JpegCoefficientImage} from random coefficients (tables built by Annex K.2, one scan per
     * component or interleaved, restart intervals) decode in dcmtk within 1 of our decoding.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void decode_streamsWeWrote_withinOneOfDcmdjpeg(int variant) throws Exception {
        int[] sampling = variant % 2 == 0 ? new int[] {0x22, 0x11, 0x11} : new int[] {0x21, 0x11, 0x11};
        int precision = variant < 2 ? 8 : 12;
        int sof = variant < 2 ? 0xC0 : 0xC1;
        byte[] jpeg = variant % 2 == 0 ? TestStreams.dctSeparateScans(sof, precision, 45, 27, sampling, variant)
                : JpegCoefficientImage.read(TestStreams.dct(sof, precision, 45, 27, sampling, variant))
                        .withRestartInterval(4).write();
        DicomFixture.Image image = new DicomFixture.Image(27, 45, 3, "YBR_FULL", precision > 8 ? 16 : 8, precision, 1);

        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(jpeg, image);

        RasterImage ours = new JpegDecoder().decode(jpeg);
        int diff = Samples.maxDifference(ours.pixelData(oracle.info().order()), oracle.data(), precision > 8 ? 2 : 1);
        assertTrue(diff <= 1, "max difference " + diff);
    }
}
