package org.veil.pixel.codec.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.ExtractedImage;
import org.veil.pixel.fixture.PyDicom;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Plane;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * JPEG 2000 frames of the corpus decode as gdcm (OpenJPEG) decodes them: exactly for .90, within a stated tolerance
 * for .91; our lossless re-encoding decodes back identically with our decoder and with gdcm.
 */
class J2kCorpusTest {
    private static final String LOSSLESS = "1.2.840.10008.1.2.4.90";
    private static final Set<String> J2K = Set.of(LOSSLESS, "1.2.840.10008.1.2.4.91");
    /** A DICOM-parser fixture whose codestream has its Rsiz and Xsiz overwritten; it must be refused. */
    private static final String BROKEN = "pydicom/test_files/JPEG2000-embedded-sequence-delimiter.dcm";
    /** Largest difference allowed between JJ2000 and OpenJPEG on irreversible (9/7) codestreams. */
    private static final int LOSSY_TOLERANCE = 2;

    private static List<CorpusFile> files() {
        return Corpus.files(f -> f.transferSyntaxUid() != null && J2K.contains(f.transferSyntaxUid())
                && !f.malformed() && !f.name().equals(BROKEN));
    }

    @Test
    void decode_corpusJ2kFrames_matchGdcm() throws Exception {
        int exact = 0;
        int lossy = 0;
        int worst = 0;
        for (CorpusFile file : files()) {
            ExtractedImage image = PyDicom.extract(file.path());
            ImageDescriptor d = image.descriptor();
            J2kCodec codec = new J2kCodec(TransferSyntax.of(image.transferSyntax()), CodecLimits.DEFAULT);
            List<Frame> gdcm = ReferenceFrames.of(PyDicom.decodeWith(file.path(), "gdcmconv", "--raw"));
            for (int i = 0; i < image.frames().size(); i++) {
                Frame ours = codec.decode(image.frames().get(i), d);
                if (image.transferSyntax().equals(LOSSLESS)) {
                    // gdcm unpacks 1-bit images to 8-bit cells
                    ReferenceFrames.assertSameValues(gdcm.get(i), ours, file.name() + " frame " + i);
                    exact++;
                } else {
                    int diff = maxDifference(gdcm.get(i), ours, d);
                    assertTrue(diff <= LOSSY_TOLERANCE, file.name() + " frame " + i + " differs by " + diff);
                    worst = Math.max(worst, diff);
                    lossy++;
                }
            }
        }
        assertTrue(exact >= 20 && lossy >= 9, exact + " lossless and " + lossy + " lossy frames checked");
        System.out.println("J2K corpus: " + exact + " lossless frames exact, " + lossy + " lossy frames within "
                + worst + " of OpenJPEG");
    }

    @Test
    void encode_corpusJ2kFrames_losslessAndGdcmAgrees() throws Exception {
        J2kCodec codec = new J2kCodec(TransferSyntax.JPEG_2000_LOSSLESS, CodecLimits.DEFAULT);
        int checked = 0;
        for (CorpusFile file : files()) {
            ExtractedImage image = PyDicom.extract(file.path());
            ImageDescriptor d = image.descriptor();
            J2kCodec decoder = new J2kCodec(TransferSyntax.of(image.transferSyntax()), CodecLimits.DEFAULT);
            if (d.bitsAllocated() == 1) {
                Frame bits = decoder.decode(image.frames().get(0), d);
                assertThrows(UnsupportedPixelCodingException.class, () -> codec.encode(bits, d), file.name());
                continue;
            }
            List<Frame> decoded = new ArrayList<>();
            List<byte[]> reencoded = new ArrayList<>();
            for (byte[] coded : image.frames()) {
                Frame ours = decoder.decode(coded, d);
                byte[] again = codec.encode(ours, d);
                ImageDescriptor after = codec.encodedDescriptor(d);
                ReferenceFrames.assertSame(ours, codec.decode(again, after), file.name() + " re-encoded");
                decoded.add(ours);
                reencoded.add(again);
            }
            Path wrapped = PyDicom.wrap(codec.encodedDescriptor(d), LOSSLESS, reencoded);
            try {
                List<Frame> gdcm = ReferenceFrames.of(PyDicom.decodeWith(wrapped, "gdcmconv", "--raw"));
                for (int i = 0; i < gdcm.size(); i++) {
                    ReferenceFrames.assertSame(decoded.get(i), gdcm.get(i), file.name() + " ours via gdcm " + i);
                    checked++;
                }
            } finally {
                PyDicom.delete(wrapped.getParent());
            }
        }
        assertTrue(checked >= 23, "only " + checked + " frames checked");
    }

    @Test
    void decode_overwrittenSizHeader_refused() throws Exception {
        ExtractedImage image = PyDicom.extract(Corpus.file(BROKEN).path());
        J2kCodec codec = new J2kCodec(TransferSyntax.JPEG_2000, CodecLimits.DEFAULT);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(image.frames().get(0),
                image.descriptor()));
        assertEquals("JPEG 2000 (1.2.840.10008.1.2.4.91) @0x4: image size 3722445056x1024 outside 1..65535",
                e.getMessage());
    }

    @Test
    void decode_htj2kCorpusFiles_unsupportedNamingTransferSyntax() throws Exception {
        for (String name : List.of("pydicom-data/HTJ2KLossless_08_RGB.dcm", "pydicom-data/HTJ2K_08_RGB.dcm")) {
            ExtractedImage image = PyDicom.extract(Corpus.file(name).path());
            J2kCodec codec = new J2kCodec(TransferSyntax.of(image.transferSyntax()), CodecLimits.DEFAULT);
            var e = assertThrows(UnsupportedPixelCodingException.class,
                    () -> codec.decode(image.frames().get(0), image.descriptor()));
            assertEquals("HTJ2K (" + image.transferSyntax() + ") @0x0: HTJ2K codestream (ISO/IEC 15444-15 block"
                    + " coder) in transfer syntax " + image.transferSyntax() + ": no decoder available", e.getMessage());
        }
    }

    private static int maxDifference(Frame a, Frame b, ImageDescriptor d) {
        assertEquals(a.samples(), b.samples());
        int shift = 32 - d.bitsAllocated();
        int worst = 0;
        for (int s = 0; s < a.samples(); s++) {
            Plane pa = a.plane(s);
            Plane pb = b.plane(s);
            int[] x = pa.ints();
            int[] y = pb.ints();
            for (int i = 0; i < x.length; i++) {
                int u = d.isSigned() ? x[i] << shift >> shift : x[i];
                int v = d.isSigned() ? y[i] << shift >> shift : y[i];
                worst = Math.max(worst, Math.abs(u - v));
            }
        }
        return worst;
    }
}
