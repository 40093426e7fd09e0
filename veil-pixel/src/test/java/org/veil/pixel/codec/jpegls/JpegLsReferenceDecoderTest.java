package org.veil.pixel.codec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.PyDicom;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;

/**
 * Streams from our encoder, over bit depths, interleave modes, NEAR, custom thresholds and restart intervals, decode
 * with CharLS 2 (gdcmconv) and CharLS 1 (dcmdjpls) to exactly what our decoder gives; lossless ones to the source.
 */
class JpegLsReferenceDecoderTest {

    /**
     * One multi-frame file per bit depth, sample count and interleave mode (gdcm assumes one interleave mode per
     * image); its frames are lossless, near-lossless and lossless with custom thresholds.
     */
    @ParameterizedTest(name = "{0} bits, {1} samples")
    @CsvSource({"2,1", "5,1", "7,1", "8,1", "8,3", "10,1", "12,1", "12,3", "16,1", "16,3"})
    void encode_variousOptions_referenceDecodersAgree(int bits, int samples) throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(bits > 8 ? 16 : 8).bitsStored(bits)
                .photometric(samples == 3 ? PhotometricInterpretation.RGB : PhotometricInterpretation.MONOCHROME2)
                .columns(37).rows(29).build();
        int maxVal = (1 << bits) - 1;
        PresetParameters custom = new PresetParameters(0, Math.min(2, maxVal), Math.min(5, maxVal),
                Math.min(9, maxVal), 20);
        for (InterleaveMode mode : InterleaveMode.values()) {
            List<JpegLsEncodeOptions> ways = List.of(JpegLsEncodeOptions.LOSSLESS.with(mode),
                    JpegLsEncodeOptions.LOSSLESS.with(mode).withNear(Math.min(3, maxVal / 2)),
                    JpegLsEncodeOptions.LOSSLESS.with(mode).with(custom));
            List<Frame> ours = new ArrayList<>();
            List<byte[]> coded = new ArrayList<>();
            for (int i = 0; i < ways.size(); i++) {
                JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT, ways.get(i));
                Frame source = RandomFrames.of(d, bits, 1000L * bits + 100L * samples + 10L * mode.ordinal() + i);
                byte[] stream = codec.encode(source, d);
                Frame decoded = codec.decode(stream, d);
                if (ways.get(i).near() == 0) {
                    ReferenceFrames.assertSame(source, decoded, "lossless " + ways.get(i));
                }
                ours.add(decoded);
                coded.add(stream);
            }
            ImageDescriptor multi = d.toBuilder().numberOfFrames(ways.size()).build();
            Path file = PyDicom.wrap(multi, "1.2.840.10008.1.2.4.81", coded);
            try {
                // gdcm 3.0.21 leaves multi-frame color images of interleave mode NONE color-by-plane (wrong)
                List<Frame> gdcm = mode == InterleaveMode.NONE && samples > 1 ? gdcmFrameByFrame(d, coded)
                        : ReferenceFrames.of(PyDicom.decodeWith(file, "gdcmconv", "--raw"));
                // dcmtk 3.6.7 (CharLS 1.0) refuses precisions below 8
                List<Frame> dcmtk = bits >= 8 ? ReferenceFrames.of(PyDicom.decodeWith(file, "dcmdjpls")) : null;
                assertEquals(ways.size(), gdcm.size());
                for (int i = 0; i < ways.size(); i++) {
                    ReferenceFrames.assertSame(ours.get(i), gdcm.get(i), "gdcmconv, " + ways.get(i));
                    if (dcmtk != null) {
                        ReferenceFrames.assertSame(ours.get(i), dcmtk.get(i), "dcmdjpls, " + ways.get(i));
                    }
                }
            } finally {
                PyDicom.delete(file.getParent());
            }
        }
    }

    private static List<Frame> gdcmFrameByFrame(ImageDescriptor d, List<byte[]> coded) {
        List<Frame> frames = new ArrayList<>();
        for (byte[] stream : coded) {
            Path single = PyDicom.wrap(d, "1.2.840.10008.1.2.4.81", List.of(stream));
            try {
                frames.add(ReferenceFrames.of(PyDicom.decodeWith(single, "gdcmconv", "--raw")).get(0));
            } finally {
                PyDicom.delete(single.getParent());
            }
        }
        return frames;
    }

    /** Restart markers: CharLS 2 (gdcmconv) resets the coder after each, as T.87 and our decoder do. */
    @ParameterizedTest(name = "interval {0}, {1}")
    @CsvSource({"1,NONE", "4,LINE", "5,SAMPLE", "28,SAMPLE"})
    void encode_restartIntervals_gdcmAgrees(int interval, InterleaveMode mode) throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8).photometric(PhotometricInterpretation.RGB)
                .columns(23).rows(29).build();
        JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT,
                JpegLsEncodeOptions.LOSSLESS.with(mode).withRestartInterval(interval));
        Frame source = RandomFrames.of(d, 8, interval);
        byte[] stream = codec.encode(source, d);
        ReferenceFrames.assertSame(source, codec.decode(stream, d), "ours");
        Path file = PyDicom.wrap(d, "1.2.840.10008.1.2.4.80", List.of(stream));
        try {
            ReferenceFrames.assertSame(source, ReferenceFrames.of(PyDicom.decodeWith(file, "gdcmconv", "--raw"))
                    .get(0), "gdcmconv");
        } finally {
            PyDicom.delete(file.getParent());
        }
    }
}
