package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Every JPEG baseline (.50), extended (.51) and lossless (.70) corpus file with pixel data: all frames decode, lossless
 * exactly as dcmdjpeg, lossy within 1 of dcmdjpeg (color kept as coded: dcmdjpeg +cn).
 */
class CorpusJpegTest {
    private static final Set<String> SYNTAXES = Set.of("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
            "1.2.840.10008.1.2.4.70");

    static Stream<CorpusFile> files() {
        return Corpus.files(f -> f.transferSyntaxUid() != null && SYNTAXES.contains(f.transferSyntaxUid()) && f.noted("encapsulated pixel data"))
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_corpusFile_matchesDcmdjpeg(CorpusFile file) throws Exception {
        List<byte[]> frames = ReferenceTools.frames(file.path());
        ReferenceTools.Info info = ReferenceTools.pixels(file.path()).info();
        // re-wrapped in a clean file, so that header quirks of the corpus file cannot stop the reference decoder
        DicomFixture.Image image = new DicomFixture.Image(info.rows(), info.columns(), info.samplesPerPixel(),
                info.photometric(), info.bitsAllocated(), info.bitsStored(), frames.size());
        var wrapped = ReferenceTools.write(DicomFixture.encapsulatedFile(image, info.transferSyntax(), frames),
                "wrapped.dcm");
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(wrapped, "+cn");
        int bytes = oracle.info().bitsAllocated() / 8;
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JpegDecoder decoder = new JpegDecoder();
        for (byte[] frame : frames) {
            RasterImage decoded = decoder.decode(frame);
            ours.writeBytes(pixelData(decoded, oracle.info().order(), bytes));
        }
        int diff = Samples.maxDifference(ours.toByteArray(), oracle.data(), bytes);
        boolean lossless = file.transferSyntaxUid().endsWith(".70");
        System.out.println(file + ": " + frames.size() + " frame(s), max difference to dcmdjpeg " + diff);
        if (lossless) {
            assertEquals(0, diff, file.name());
        } else {
            assertTrue(diff <= 1, file.name() + ": max difference " + diff);
        }
    }

    static Stream<CorpusFile> lossyFiles() {
        return files().filter(f -> !f.transferSyntaxUid().endsWith(".70"));
    }

    /**
     * Block redaction on real streams: the first frame is read, a region in its middle redacted and the stream
     * written; blocks away from the region keep their coefficients, and dcmdjpeg decodes the result within 1 of us.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lossyFiles")
    void redactBlocks_corpusFrame_othersKeptAndDcmdjpegDecodes(CorpusFile file) throws Exception {
        byte[] jpeg = ReferenceTools.frames(file.path()).get(0);
        ReferenceTools.Info info = ReferenceTools.pixels(file.path()).info();
        JpegCoefficientImage original = JpegCoefficientImage.read(jpeg);
        JpegCoefficientImage image = JpegCoefficientImage.read(jpeg);
        FrameHeader f = image.frame();
        java.awt.Rectangle region = new java.awt.Rectangle(f.width() / 4, f.height() / 3, f.width() / 3 + 1,
                f.height() / 5 + 1);

        image.redactBlocks(region, 1 << (f.precision() - 1));
        byte[] written = image.write();

        JpegCoefficientImage again = JpegCoefficientImage.read(written);
        for (int i = 0; i < f.components().size(); i++) {
            CoefficientPlane a = again.component(i);
            for (int by = 0; by < a.blocksHigh(); by++) {
                for (int bx = 0; bx < a.blocksWide(); bx++) {
                    if (!JpegCoefficientImageTest.meets(f, i, bx, by, region)) {
                        assertArrayEquals(original.component(i).block(bx, by), a.block(bx, by));
                    }
                }
            }
        }
        DicomFixture.Image wrapper = new DicomFixture.Image(info.rows(), info.columns(), info.samplesPerPixel(),
                info.photometric(), info.bitsAllocated(), info.bitsStored(), 1);
        ReferenceTools.Pixels oracle = ReferenceTools.dcmdjpeg(written, wrapper);
        int bytes = info.bitsAllocated() / 8;
        int diff = Samples.maxDifference(pixelData(new JpegDecoder().decode(written), oracle.info().order(), bytes),
                oracle.data(), bytes);
        assertTrue(diff <= 1, "max difference " + diff);
    }

    /** Pixel data with the file's bytes per sample (which may exceed what the JPEG precision needs). */
    static byte[] pixelData(RasterImage image, SampleOrder order, int bytesPerSample) {
        short[] s = order == SampleOrder.BY_PIXEL ? image.interleaved() : planar(image);
        byte[] out = new byte[s.length * bytesPerSample];
        for (int i = 0; i < s.length; i++) {
            out[i * bytesPerSample] = (byte) s[i];
            if (bytesPerSample == 2) {
                out[i * 2 + 1] = (byte) (s[i] >> 8);
            }
        }
        return out;
    }

    private static short[] planar(RasterImage image) {
        int n = image.width() * image.height();
        short[] out = new short[n * image.components().size()];
        for (int c = 0; c < image.components().size(); c++) {
            System.arraycopy(image.components().get(c).samples(), 0, out, c * n, n);
        }
        return out;
    }
}
