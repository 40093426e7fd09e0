package org.veil.pixel.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.fixture.ExtractedImage;
import org.veil.pixel.fixture.PyDicom;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/** Every native image of the corpus survives decode and re-encode of each frame byte for byte. */
class NativeCorpusTest {
    private static final Set<String> NATIVE = Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1",
            "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99");

    @Test
    void decodeThenEncode_everyNativeCorpusFrame_givesIdenticalBytes() throws Exception {
        List<CorpusFile> files = Corpus.files(f -> !f.malformed()
                && (f.transferSyntaxUid() == null || NATIVE.contains(f.transferSyntaxUid())));
        List<Path> paths = files.stream().map(CorpusFile::path).toList();
        int images = 0;
        int frames = 0;
        List<String> unread = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (PyDicom.Extraction e : PyDicom.extractAll(paths)) {
            ExtractedImage image = e.image();
            if (image == null || image.pixelData() == null) {
                unread.add(e.file().getFileName() + ": " + e.error());
                continue;
            }
            ImageDescriptor d = image.descriptor();
            NativeFrameOptions options = image.bigEndian() ? NativeFrameOptions.bigEndian(VR.of(image.vr()))
                    : NativeFrameOptions.LITTLE_ENDIAN;
            byte[] value = image.pixelData();
            if (value.length < (d.numberOfFrames() * d.frameBits() + 7) / 8) {
                assertThrows(CorruptPixelDataException.class, () -> new NativeFrameCodec(d, options)
                        .decodeFrame(value, d.numberOfFrames() - 1), e.file().toString());
                refused.add(e.file().getFileName() + ": value of " + value.length + " bytes for " + d);
                continue;
            }
            NativeFrameCodec codec = new NativeFrameCodec(d, options);
            byte[] rebuilt = withoutFrameBits(value, d.numberOfFrames() * d.frameBits(), options.swapUnit());
            for (int i = 0; i < d.numberOfFrames(); i++) {
                codec.encodeFrame(codec.decodeFrame(value, i), rebuilt, i);
                frames++;
            }
            assertArrayEquals(value, rebuilt, e.file().toString());
            images++;
        }
        // 212 native rows in the manifest; some hold no image (SR, KOS, ...) or pydicom rejects them
        assertTrue(images >= 120, "only " + images + " native images checked; unread: " + unread);
        assertTrue(frames >= images);
        System.out.println("native corpus: " + images + " images, " + frames + " frames; refused " + refused
                + "; unread " + unread);
    }

    /** A copy of the value with the bits of all frames cleared (padding and excess bytes kept). */
    private static byte[] withoutFrameBits(byte[] value, long usedBits, int unit) {
        byte[] copy = value.clone();
        for (int stored = 0; stored < copy.length; stored++) {
            int unitStart = stored - stored % unit;
            long le = unitStart + (unit - 1 - (stored - unitStart));
            if ((le + 1) * 8 <= usedBits) {
                copy[stored] = 0;
            } else if (le * 8 < usedBits) {
                copy[stored] &= (byte) (0xFF << (int) (usedBits - le * 8));
            }
        }
        return copy;
    }
}
