package org.veil.pixel.codec.rle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.deflate.DeflatedFrameCodec;
import org.veil.pixel.fixture.ExtractedImage;
import org.veil.pixel.fixture.PyDicom;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * RLE frames of the corpus decode exactly as dcmtk's dcmdrle decodes them; our re-encoding of every frame decodes
 * back identically, both with our decoder and with dcmdrle.
 */
class RleCorpusTest {
    private static final String RLE = "1.2.840.10008.1.2.5";
    private final RleCodec codec = new RleCodec(CodecLimits.DEFAULT);

    @Test
    void decode_corpusRleFrames_equalDcmdrleOutput() throws Exception {
        List<CorpusFile> files = Corpus.files(f -> RLE.equals(f.transferSyntaxUid()) && !f.malformed());
        int checked = 0;
        List<String> skipped = new ArrayList<>();
        for (CorpusFile file : files) {
            ExtractedImage image = PyDicom.extract(file.path());
            ImageDescriptor d = image.descriptor();
            if (d.bitsAllocated() == 1) {
                skipped.add(file.name() + " (1-bit: dcmdrle refuses; see decode_oneBitRle_equalsInflatedDeflateTwin)");
                continue;
            }
            ExtractedImage reference = PyDicom.decodeWith(file.path(), "dcmdrle");
            List<Frame> expected = ReferenceFrames.of(reference);
            assertEquals(d.numberOfFrames(), image.frames().size(), file.name());
            List<byte[]> reencoded = new ArrayList<>();
            for (int i = 0; i < image.frames().size(); i++) {
                Frame ours = codec.decode(image.frames().get(i), d);
                ReferenceFrames.assertSame(expected.get(i), ours, file.name() + " frame " + i);
                byte[] again = codec.encode(ours, d);
                ReferenceFrames.assertSame(ours, codec.decode(again, d), file.name() + " re-encoded frame " + i);
                reencoded.add(again);
                checked++;
            }
            Path wrapped = PyDicom.wrap(d, RLE, reencoded);
            try {
                List<Frame> dcmtk = ReferenceFrames.of(PyDicom.decodeWith(wrapped, "dcmdrle"));
                for (int i = 0; i < dcmtk.size(); i++) {
                    ReferenceFrames.assertSame(expected.get(i), dcmtk.get(i), file.name() + " ours via dcmdrle " + i);
                }
            } finally {
                PyDicom.delete(wrapped.getParent());
            }
        }
        assertTrue(checked >= 40, "only " + checked + " frames checked; skipped " + skipped);
    }

    @Test
    void decode_oneBitRle_equalsInflatedDeflateTwin() throws Exception {
        DeflatedFrameCodec deflate = new DeflatedFrameCodec(CodecLimits.DEFAULT);
        for (String name : List.of("liver", "liver_nonbyte_aligned")) {
            ExtractedImage rle = PyDicom.extract(Corpus.file("pydicom-data/" + name + "_rle.dcm").path());
            ExtractedImage twin = PyDicom.extract(Corpus.file("pydicom-data/" + name + "_deflate.dcm").path());
            assertEquals(1, rle.descriptor().bitsAllocated());
            for (int i = 0; i < rle.frames().size(); i++) {
                Frame ours = codec.decode(rle.frames().get(i), rle.descriptor());
                Frame expected = deflate.decode(twin.frames().get(i), twin.descriptor());
                ReferenceFrames.assertSame(expected, ours, name + " frame " + i);
                ReferenceFrames.assertSame(ours, codec.decode(codec.encode(ours, rle.descriptor()), rle.descriptor()),
                        name + " re-encoded frame " + i);
            }
        }
    }
}
