package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.codec.jpeg.CoefficientPlane;
import org.veil.pixel.codec.jpeg.JpegCoefficientImage;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.frame.Rect;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * For the corpus files of each pixel transfer syntax: after redaction the region is uniform in every frame and every
 * cell outside it is unchanged (exact for lossless syntaxes; baseline JPEG: every block outside the MCU-rounded region
 * keeps its DCT coefficients), and the written file decodes with dcmtk.
 */
class RedactionCorpusTest {
    private static final int MAX_FILES = 4;
    private static final FrameCodecRegistry CODECS = FrameCodecRegistry.standard(CodecLimits.DEFAULT);
    private final PixelRedactor redactor = new PixelRedactor(CODECS);

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.5",
            "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.8.1"})
    void redact_losslessCorpus_regionUniformOutsideUnchanged(String uid) throws Exception {
        List<CorpusFile> files = images(uid);
        assumeTrue(!files.isEmpty(), "no corpus files for " + uid);
        int checked = 0;
        for (CorpusFile file : files) {
            DicomFile df = DicomReader.read(file.path());
            Dataset ds = df.dataset();
            ImageDescriptor d = PixelAttributes.describe(ds);
            if (d.sampleFormat() != org.veil.pixel.frame.SampleFormat.INTEGER) {
                continue;
            }
            List<Frame> before = decodeAll(ds, df.transferSyntax());
            Rect region = regionOf(d);
            RedactionResult r = redactor.redact(ds, df.transferSyntax(), List.of(region), options(d));
            assertEquals(d.numberOfFrames(), r.framesChanged(), file.name());
            List<Frame> after = decodeAll(ds, r.transferSyntax());
            for (int i = 0; i < before.size(); i++) {
                assertRedacted(before.get(i), after.get(i), region, file.name() + " frame " + i);
            }
            if (checked < 2) {
                assertDcmtkDecodes(df, r.transferSyntax(), file.name());
            }
            checked++;
        }
        System.out.println("redaction " + uid + ": " + checked + " files exact outside, uniform inside");
        assertTrue(checked > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"})
    void redact_dctJpegCorpus_onlyIntersectingBlocksChange(String uid) throws Exception {
        List<CorpusFile> files = images(uid);
        assumeTrue(!files.isEmpty(), "no corpus files for " + uid);
        int checked = 0;
        int blocksKept = 0;
        for (CorpusFile file : files) {
            DicomFile df = DicomReader.read(file.path());
            Dataset ds = df.dataset();
            ImageDescriptor d = PixelAttributes.describe(ds);
            List<byte[]> before = coded(ds, d);
            Rect region = regionOf(d);
            RedactionResult r = redactor.redact(ds, df.transferSyntax(), List.of(region), options(d));
            assertTrue(r.blockRedacted());
            assertEquals(df.transferSyntax(), r.transferSyntax());
            List<byte[]> after = coded(ds, d);
            for (int i = 0; i < before.size(); i++) {
                blocksKept += compareBlocks(before.get(i), after.get(i), region, file.name() + " frame " + i);
            }
            if (checked < 2) {
                assertDcmtkDecodes(df, r.transferSyntax(), file.name());
            }
            checked++;
        }
        System.out.println("redaction " + uid + ": " + checked + " files, " + blocksKept + " untouched blocks identical");
        assertTrue(checked > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.91"})
    void redact_lossyCorpus_needsAllowLossyAndMarksLossy(String uid) throws Exception {
        List<CorpusFile> files = images(uid);
        assumeTrue(!files.isEmpty(), "no corpus files for " + uid);
        CorpusFile file = files.get(0);
        DicomFile df = DicomReader.read(file.path());
        Dataset ds = df.dataset();
        ImageDescriptor d = PixelAttributes.describe(ds);
        Rect region = regionOf(d);
        PixelRedactionException e = assertThrows(PixelRedactionException.class,
                () -> redactor.redact(ds, df.transferSyntax(), List.of(region), options(d)));
        assertTrue(e.getMessage().contains(uid), e.getMessage());
        List<Frame> before = decodeAll(ds, df.transferSyntax());
        List<String> methodsBefore = List.of(DatasetView.of(ds).strings(Tags.LossyImageCompressionMethod));
        long coded = 0;
        FragmentFrames source = FragmentFrames.split(ds.get(Tags.PixelData).fragments(), d.numberOfFrames());
        for (int i = 0; i < source.frames(); i++) {
            coded += source.frame(i).length;
        }
        RedactionResult r = redactor.redact(ds, df.transferSyntax(), List.of(region),
                options(d).withAllowLossy(true));
        assertTrue(r.lossyReencoded());
        DatasetView v = DatasetView.of(ds);
        assertEquals("01", v.string(Tags.LossyImageCompression));
        List<String> methods = List.of(v.strings(Tags.LossyImageCompressionMethod));
        List<String> ratios = List.of(v.strings(Tags.LossyImageCompressionRatio));
        String method = uid.endsWith(".81") ? "ISO_14495_1" : "ISO_15444_1";
        assertTrue(methods.contains(method), methods.toString());
        assertEquals(methods.size(), ratios.size(), "one ratio per method: " + methods + " " + ratios);
        if (!methodsBefore.contains(method)) {
            double measured = (double) d.frameLength() * d.numberOfFrames() / coded;
            double recorded = Double.parseDouble(ratios.get(methods.indexOf(method)));
            assertEquals(measured, recorded, 0.006, file.name() + " ratio of the source compression");
            assertTrue(recorded > 1, file.name() + " ratio " + recorded);
        }
        List<Frame> after = decodeAll(ds, r.transferSyntax());
        for (int i = 0; i < before.size(); i++) {
            assertRedacted(before.get(i), after.get(i), region, file.name() + " frame " + i);
        }
    }

    static List<CorpusFile> images(String uid) {
        List<CorpusFile> out = new ArrayList<>();
        for (CorpusFile f : Corpus.files(f -> uid.equals(f.transferSyntaxUid()) && !f.malformed())) {
            try {
                DicomFile df = DicomReader.read(f.path());
                DataElement pd = df.dataset().get(Tags.PixelData);
                if (pd == null) {
                    continue;
                }
                ImageDescriptor d = PixelAttributes.describe(df.dataset());
                if (d.rows() < 8 || d.columns() < 8 || d.numberOfFrames() > 50
                        || d.photometric() == PhotometricInterpretation.PALETTE_COLOR
                        || d.frameLength() * d.numberOfFrames() > (64L << 20)) {
                    continue;
                }
                decodeAll(df.dataset(), df.transferSyntax());
                out.add(f);
            } catch (Exception | AssertionError e) {
                continue; // unreadable or inconsistent files are the reader's and codecs' tests' business
            }
            if (out.size() == MAX_FILES) {
                break;
            }
        }
        return out;
    }

    static RedactionOptions options(ImageDescriptor d) {
        return RedactionOptions.DEFAULT.withFill(d.isSigned() ? FillValue.samples(0) : FillValue.black())
                .withInMemoryLimit(1 << 16);
    }

    static Rect regionOf(ImageDescriptor d) {
        return new Rect(d.columns() / 4, d.rows() / 4, Math.max(1, d.columns() / 3), Math.max(1, d.rows() / 3));
    }

    /** Every frame decoded with our codecs, from whatever the Pixel Data holds now. */
    static List<Frame> decodeAll(Dataset ds, TransferSyntax ts) throws IOException {
        ImageDescriptor d = PixelAttributes.describe(ds);
        DataElement pd = ds.get(Tags.PixelData);
        List<Frame> out = new ArrayList<>();
        if (pd.fragments() == null) {
            byte[] value = pd.bytes() != null ? pd.bytes() : pd.bulk().readAll();
            if (pd.bulk() != null && pd.bulk().bigEndian() && pd.bulk().swapUnit() > 1) {
                NativePixels.swap(value, 0, value.length, pd.bulk().swapUnit());
            }
            NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
            for (int i = 0; i < d.numberOfFrames(); i++) {
                out.add(codec.decodeFrame(value, i));
            }
            return out;
        }
        FragmentFrames frames = FragmentFrames.split(pd.fragments(), d.numberOfFrames());
        for (int i = 0; i < frames.frames(); i++) {
            out.add(CODECS.require(ts).decode(frames.frame(i), d));
        }
        return out;
    }

    static void assertRedacted(Frame before, Frame after, Rect region, String what) {
        Rect r = region.clip(before.columns(), before.rows());
        for (int s = 0; s < before.samples(); s++) {
            Plane a = before.plane(s);
            Plane b = after.plane(s);
            int sub = before.columns() / a.width();
            long inside = b.get(r.x() / sub, r.y());
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    boolean in = r.contains(x * sub, y) || sub > 1 && r.contains(x * sub + 1, y);
                    if (in) {
                        assertEquals(inside, b.get(x, y), what + " sample " + s + " not uniform at " + x + "," + y);
                    } else {
                        assertEquals(a.get(x, y), b.get(x, y), what + " sample " + s + " changed at " + x + "," + y);
                    }
                }
            }
        }
    }

    private static List<byte[]> coded(Dataset ds, ImageDescriptor d) throws IOException {
        FragmentFrames frames = FragmentFrames.split(ds.get(Tags.PixelData).fragments(), d.numberOfFrames());
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < frames.frames(); i++) {
            out.add(frames.frame(i));
        }
        return out;
    }

    /** Blocks (in full-resolution pixels per component) meeting the region are flat; all others keep every coefficient. */
    private static int compareBlocks(byte[] before, byte[] after, Rect region, String what) throws Exception {
        JpegCoefficientImage a = JpegCoefficientImage.read(before);
        JpegCoefficientImage b = JpegCoefficientImage.read(after);
        Rectangle changed = new Rectangle(region.x(), region.y(), region.width(), region.height());
        int hmax = a.frame().maxHorizontalSampling();
        int vmax = a.frame().maxVerticalSampling();
        int kept = 0;
        for (int c = 0; c < a.frame().components().size(); c++) {
            CoefficientPlane pa = a.component(c);
            CoefficientPlane pb = b.component(c);
            int bw = 8 * hmax / a.frame().components().get(c).horizontalSampling();
            int bh = 8 * vmax / a.frame().components().get(c).verticalSampling();
            for (int by = 0; by < pa.blocksHigh(); by++) {
                for (int bx = 0; bx < pa.blocksWide(); bx++) {
                    Rectangle block = new Rectangle(bx * bw, by * bh, bw, bh);
                    if (block.intersects(changed)) {
                        for (int k = 1; k < 64; k++) {
                            assertEquals(0, pb.coefficient(bx, by, k), what + " block " + bx + "," + by + " not flat");
                        }
                    } else {
                        for (int k = 0; k < 64; k++) {
                            assertEquals(pa.coefficient(bx, by, k), pb.coefficient(bx, by, k),
                                    what + " component " + c + " block " + bx + "," + by + " coefficient " + k);
                        }
                        kept++;
                    }
                }
            }
        }
        return kept;
    }

    static void assertDcmtkDecodes(DicomFile df, TransferSyntax ts, String name) throws Exception {
        Path dir = Files.createTempDirectory("veil-redact-");
        try {
            Path out = dir.resolve("out.dcm");
            DicomWriter.write(new DicomFile(df.source(), df.preamble(), df.fileMeta(), ts, df.explicitVr(),
                    df.dataset(), df.warnings()), out, WriteOptions.builder().transferSyntax(ts).build());
            String tool = switch (ts.uid()) {
                case "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                        "1.2.840.10008.1.2.4.70" -> "dcmdjpeg";
                case "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81" -> "dcmdjpls";
                case "1.2.840.10008.1.2.5" -> "dcmdrle";
                case "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2" -> "dcm2pnm";
                default -> null; // JPEG 2000 and deflated frames: dcmtk has no decoder
            };
            if (tool == null) {
                return;
            }
            List<String> cmd = tool.equals("dcm2pnm")
                    ? List.of(tool, "--all-frames", "--write-raw-pnm", out.toString(), dir.resolve("img").toString())
                    : List.of(tool, out.toString(), dir.resolve("img.dcm").toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), name + ": " + tool + " failed: " + log);
            try (var s = Files.list(dir)) {
                assertFalse(s.filter(f -> f.getFileName().toString().startsWith("img")).findAny().isEmpty(),
                        name + ": " + tool + " wrote no image");
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
