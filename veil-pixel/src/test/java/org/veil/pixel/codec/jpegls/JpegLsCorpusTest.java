package org.veil.pixel.codec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.ExtractedImage;
import org.veil.pixel.fixture.PyDicom;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * JPEG-LS frames of the corpus (.80 lossless and .81 near-lossless) decode exactly as dcmtk's dcmdjpls and gdcm
 * (CharLS 2) decode them; our lossless re-encoding of every frame decodes back identically with our decoder and
 * with dcmdjpls.
 */
class JpegLsCorpusTest {
    private static final Set<String> JPEG_LS = Set.of("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81");
    private final JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT);

    @Test
    void decode_corpusJpegLsFrames_equalDcmtkAndGdcm() throws Exception {
        List<CorpusFile> files = Corpus.files(f -> f.transferSyntaxUid() != null && JPEG_LS.contains(f.transferSyntaxUid()) && !f.malformed());
        int checked = 0;
        List<String> dcmtkRefused = new ArrayList<>();
        for (CorpusFile file : files) {
            ExtractedImage image = PyDicom.extract(file.path());
            ImageDescriptor d = image.descriptor();
            List<Frame> gdcm = ReferenceFrames.of(PyDicom.decodeWith(file.path(), "gdcmconv", "--raw"));
            List<Frame> dcmtk = null;
            try {
                dcmtk = ReferenceFrames.of(PyDicom.decodeWith(file.path(), "dcmdjpls"));
            } catch (AssertionError e) {
                dcmtkRefused.add(file.name());
            }
            assertEquals(d.numberOfFrames(), image.frames().size(), file.name());
            for (int i = 0; i < image.frames().size(); i++) {
                Frame ours = codec.decode(image.frames().get(i), d);
                ReferenceFrames.assertSame(gdcm.get(i), ours, file.name() + " frame " + i + " vs gdcmconv");
                if (dcmtk != null) {
                    ReferenceFrames.assertSame(dcmtk.get(i), ours, file.name() + " frame " + i + " vs dcmdjpls");
                }
                checked++;
            }
        }
        assertTrue(checked >= 60, "only " + checked + " frames checked");
        // dcmtk 3.6.7 bundles CharLS 1.0, which lacks the T.87 default thresholds for MAXVAL < 128
        assertEquals(List.of("pydicom-data/JLSL_08_07_0_1F.dcm"), dcmtkRefused);
    }

    @Test
    void encode_corpusJpegLsFrames_roundTripAndDcmdjplsAgree() throws Exception {
        List<CorpusFile> files = Corpus.files(f -> f.transferSyntaxUid() != null && JPEG_LS.contains(f.transferSyntaxUid()) && !f.malformed());
        int checked = 0;
        for (CorpusFile file : files) {
            ExtractedImage image = PyDicom.extract(file.path());
            ImageDescriptor d = image.descriptor();
            List<Frame> decoded = new ArrayList<>();
            List<byte[]> reencoded = new ArrayList<>();
            for (byte[] coded : image.frames()) {
                Frame ours = codec.decode(coded, d);
                byte[] again = codec.encode(ours, d);
                ReferenceFrames.assertSame(ours, codec.decode(again, d), file.name() + " re-encoded");
                decoded.add(ours);
                reencoded.add(again);
            }
            Path wrapped = PyDicom.wrap(d, "1.2.840.10008.1.2.4.80", reencoded);
            try {
                List<Frame> dcmtk = ReferenceFrames.of(PyDicom.decodeWith(wrapped, "dcmdjpls"));
                for (int i = 0; i < dcmtk.size(); i++) {
                    ReferenceFrames.assertSame(decoded.get(i), dcmtk.get(i), file.name() + " ours via dcmdjpls " + i);
                    checked++;
                }
            } finally {
                PyDicom.delete(wrapped.getParent());
            }
        }
        assertTrue(checked >= 60, "only " + checked + " frames checked");
    }
}
