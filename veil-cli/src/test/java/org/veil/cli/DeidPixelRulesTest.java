package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.rle.RleCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.testkit.Tool;

/**
 * {@code veil deid IN OUT --option clean-pixel-data --option clean-graphics --pixel-rules rules.yaml} in a fresh JVM
 * on generated images: two multiframe RGB ultrasounds of the rule's device (one RLE, one native colour-by-plane) come
 * out with the rule's regions black in every frame, every other pixel and the frame order unchanged, Burned In
 * Annotation NO, and decodable by dcmtk; an ultrasound of another vendor is quarantined with a reason naming the
 * missing rule; a 16/12-bit CT with an overlay plane and an overlay in the unused high bits comes out without 60xx
 * groups and with bits 12-15 zero, its stored values unchanged.
 */
class DeidPixelRulesTest {
    private static final int W = 40;
    private static final int H = 30;
    private static final int FRAMES = 4;
    private static final String US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1";
    private static final String RULES = """
            rules:
              - name: Acme Sono (40x30, header bar and bottom-left annotation)
                match:
                  manufacturer: ACME MEDICAL
                  modality: US
                  rows: 30
                  columns: 40
                regions:
                  - [0, 0, 40, 6]
                  - {x: 2, y: 22, width: 15, height: 6}
            """;
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int BURNED_IN = 0x00280301;

    @TempDir
    Path dir;

    private static boolean inRegion(int x, int y) {
        return y < 6 || (x >= 2 && x < 17 && y >= 22 && y < 28);
    }

    /** Distinct in every frame at every pixel, never 0. */
    private static int sample(int frame, int x, int y, int s) {
        return 1 + (frame * 59 + x * 5 + y * 3 + s * 70) % 250;
    }

    private static Dataset usHeader(long seed, int instance, String manufacturer, int planar) {
        Dataset ds = SyntheticImage.header(seed, new ImageSpec("US", US_MULTIFRAME, H, W, FRAMES), 0, 0, 0, instance);
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080070, VR.LO, manufacturer);
        for (int tag : new int[] {0x00281050, 0x00281051, 0x00281052, 0x00281053, 0x00280030}) {
            ds.remove(tag);
        }
        v.putUnsignedShorts(0x00280002, 3);
        v.putString(0x00280004, VR.CS, "RGB");
        v.putUnsignedShorts(0x00280006, planar);
        v.putString(0x00280008, VR.IS, Integer.toString(FRAMES));
        v.putUnsignedShorts(0x00280100, 8);
        v.putUnsignedShorts(0x00280101, 8);
        v.putUnsignedShorts(0x00280102, 7);
        return ds;
    }

    private static int rgbIndex(int planar, int f, int x, int y, int s) {
        return planar == 0 ? ((f * H + y) * W + x) * 3 + s : f * H * W * 3 + s * H * W + y * W + x;
    }

    private static byte[] rgb(int planar) {
        byte[] p = new byte[FRAMES * H * W * 3];
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    for (int s = 0; s < 3; s++) {
                        p[rgbIndex(planar, f, x, y, s)] = (byte) sample(f, x, y, s);
                    }
                }
            }
        }
        return p;
    }

    private static void write(Path file, Dataset ds, TransferSyntax ts) throws Exception {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, null, ds, ts, ch, WriteOptions.DEFAULT);
        }
    }

    private static void writeRle(Path file, Dataset ds) throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().rows(H).columns(W).bitsAllocated(8).bitsStored(8).highBit(7)
                .photometric(PhotometricInterpretation.RGB).numberOfFrames(FRAMES).build();
        RleCodec rle = new RleCodec(CodecLimits.DEFAULT);
        Fragments fragments = new Fragments();
        fragments.add(new byte[0]);
        for (int f = 0; f < FRAMES; f++) {
            Frame frame = Frame.allocate(d);
            for (int s = 0; s < 3; s++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        frame.plane(s).set(x, y, sample(f, x, y, s));
                    }
                }
            }
            fragments.add(rle.encode(frame, d));
        }
        ds.put(DataElement.of(PIXEL_DATA, VR.OB, fragments));
        write(file, ds, TransferSyntax.RLE_LOSSLESS);
    }

    /** 16 allocated, 12 stored CT, two frames, an overlay plane in 6000 and an overlay in bits 12-15 (6002). */
    private static Dataset ctWithOverlays(long seed) {
        Dataset ds = SyntheticImage.header(seed, new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", H, W, 2), 0, 0, 1,
                50);
        DatasetView v = DatasetView.of(ds);
        v.putString(BURNED_IN, VR.CS, "NO");
        v.putUnsignedShorts(0x60000010, H);
        v.putUnsignedShorts(0x60000011, W);
        v.putString(0x60000040, VR.CS, "G");
        v.putUnsignedShorts(0x60000100, 1);
        v.putUnsignedShorts(0x60000102, 0);
        ds.put(DataElement.of(0x60003000, VR.OW, new byte[(W * H / 8 + 1) & ~1]));
        v.putUnsignedShorts(0x60020010, H);
        v.putUnsignedShorts(0x60020011, W);
        v.putString(0x60020040, VR.CS, "G");
        v.putUnsignedShorts(0x60020100, 16);
        v.putUnsignedShorts(0x60020102, 12);
        ByteBuffer px = ByteBuffer.allocate(2 * H * W * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < 2; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    px.putShort((short) (ctStored(f, x, y) | ctOverlay(x, y) << 12));
                }
            }
        }
        ds.put(DataElement.of(PIXEL_DATA, VR.OW, px.array()));
        return ds;
    }

    private static int ctStored(int f, int x, int y) {
        return (f * 1500 + y * 97 + x * 31) % 4096;
    }

    private static int ctOverlay(int x, int y) {
        return (x == y ? 1 : 0) | (y % 3 == 0 ? 4 : 0) | (x % 4 == 1 ? 8 : 0);
    }

    private static byte[] pixels(Dataset ds) throws Exception {
        DataElement e = ds.get(PIXEL_DATA);
        assertNotNull(e, "Pixel Data");
        return e.bytes() != null ? e.bytes() : e.bulk().readAll();
    }

    @Test
    void deid_cleanPixelDataWithRules_matchingRedacted_otherVendorQuarantined_overlaysCleaned() throws Exception {
        long seed = new SplittableRandom().nextLong();
        String msg = "seed " + seed;
        Path in = dir.resolve("in");
        writeRle(in.resolve("acme/rle.dcm"), usHeader(seed, 1, "ACME MEDICAL", 0));
        Dataset nativeUs = usHeader(seed, 2, "ACME MEDICAL", 1);
        nativeUs.put(DataElement.of(PIXEL_DATA, VR.OB, rgb(1)));
        write(in.resolve("acme/native.dcm"), nativeUs, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Dataset other = usHeader(seed, 3, "OTHER VENDOR", 0);
        other.put(DataElement.of(PIXEL_DATA, VR.OB, rgb(0)));
        write(in.resolve("other/us.dcm"), other, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        write(in.resolve("ct/overlay.dcm"), ctWithOverlays(seed), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, RULES);

        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret).toString());
        Path out = dir.resolve("out");
        Path log = dir.resolve("deid.log");
        int code = ChildVeil.run(log, env, "deid", in.toString(), out.toString(), "--option", "clean-pixel-data",
                "--option", "clean-graphics", "--pixel-rules", rules.toString(), "--pixel-policy", "rules",
                "--threads", "2");
        assertEquals(Veil.PROBLEMS, code, "one input quarantined; " + msg + "\n" + Files.readString(log));

        Map<String, Path> byKind = new HashMap<>();
        for (Path p : DeidReferencesTest.outputs(out)) {
            DicomFile f = DicomReader.read(p);
            DatasetView v = DatasetView.of(f.dataset());
            String kind = v.string(0x00080060).trim() + "/" + f.transferSyntax().uid();
            assertEquals(null, byKind.put(kind, p), "one output of each kind: " + kind + ", " + msg);
        }
        assertEquals(3, byKind.size(), byKind.keySet() + ", " + msg);
        Path rleOut = byKind.get("US/" + TransferSyntax.RLE_LOSSLESS.uid());
        Path nativeOut = byKind.get("US/" + TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        Path ctOut = byKind.get("CT/" + TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        assertNotNull(rleOut, "RLE stays RLE, " + msg);
        assertNotNull(nativeOut, msg);
        assertNotNull(ctOut, msg);

        Dataset nat = DicomReader.read(nativeOut).dataset();
        assertEquals("NO", DatasetView.of(nat).string(BURNED_IN), msg);
        assertRedacted(pixels(nat), 1, "native planar 1 output");

        assertEquals("NO", DatasetView.of(DicomReader.read(rleOut).dataset()).string(BURNED_IN), msg);
        Tool.require("dcmdrle");
        Path decoded = dir.resolve("rle-decoded.dcm");
        Tool.Result drle = Tool.run(Duration.ofMinutes(1), "dcmdrle", rleOut.toString(), decoded.toString());
        assertTrue(drle.ok(), "dcmdrle: " + drle.stderr());
        Dataset dec = DicomReader.read(decoded).dataset();
        int planar = (int) DatasetView.of(dec).number(0x00280006, -1);
        assertRedacted(pixels(dec), planar, "RLE output decoded by dcmdrle (planar " + planar + ")");
        assertDcm2pnmFrames(rleOut);

        assertQuarantinedForMissingRule(Path.of(out + ".quarantine"), msg);
        assertOverlaysCleaned(DicomReader.read(ctOut).dataset(), msg);
    }

    private static void assertRedacted(byte[] after, int planar, String what) {
        assertEquals(FRAMES * H * W * 3, after.length, what + ": frame count");
        int filled = 0;
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    for (int s = 0; s < 3; s++) {
                        int v = after[rgbIndex(planar, f, x, y, s)] & 0xFF;
                        String where = what + " frame " + f + " (" + x + "," + y + ") sample " + s;
                        if (inRegion(x, y)) {
                            assertEquals(0, v, where);
                            filled++;
                        } else {
                            assertEquals(sample(f, x, y, s), v, where);
                        }
                    }
                }
            }
        }
        assertEquals(FRAMES * 3 * (W * 6 + 15 * 6), filled, what);
    }

    /** dcm2pnm renders every frame of the RLE output; each PPM shows the black regions and the frame's pixels. */
    private void assertDcm2pnmFrames(Path rleOut) throws Exception {
        Tool.require("dcm2pnm");
        Path pnmDir = Files.createDirectories(dir.resolve("pnm"));
        Tool.Result r = Tool.run(Duration.ofMinutes(1), "dcm2pnm", "+Fa", "+op", rleOut.toString(),
                pnmDir.resolve("frame").toString());
        assertTrue(r.ok(), "dcm2pnm: " + r.stderr());
        List<Path> ppms;
        try (Stream<Path> s = Files.list(pnmDir)) {
            ppms = s.sorted().toList();
        }
        assertEquals(FRAMES, ppms.size(), ppms.toString());
        for (int f = 0; f < FRAMES; f++) {
            byte[] ppm = Files.readAllBytes(ppms.get(f));
            byte[] header = ("P6\n" + W + " " + H + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(Arrays.equals(header, 0, header.length, ppm, 0, header.length), "PPM header of frame " + f);
            byte[] rgb = Arrays.copyOfRange(ppm, header.length, ppm.length);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    for (int s = 0; s < 3; s++) {
                        int expected = inRegion(x, y) ? 0 : sample(f, x, y, s);
                        assertEquals(expected, rgb[(y * W + x) * 3 + s] & 0xFF,
                                "dcm2pnm frame " + f + " (" + x + "," + y + ") sample " + s);
                    }
                }
            }
        }
    }

    private static void assertQuarantinedForMissingRule(Path quarantine, String msg) throws Exception {
        List<Path> reasons;
        try (Stream<Path> s = Files.walk(quarantine)) {
            reasons = s.filter(p -> p.toString().endsWith(".reason.txt")).toList();
        }
        assertEquals(1, reasons.size(), reasons + ", " + msg);
        String reason = Files.readString(reasons.get(0));
        assertTrue(reason.startsWith("input: ") && reason.lines().findFirst().get().contains("other"), reason + msg);
        assertTrue(reason.contains("no pixel rule matches"), reason);
        assertTrue(reason.contains("modality US"), reason);
    }

    private static void assertOverlaysCleaned(Dataset ct, String msg) throws Exception {
        for (DataElement e : ct) {
            int group = e.tag() >>> 16;
            assertFalse(group >= 0x6000 && group <= 0x60FF, String.format("(%08X) left, %s", e.tag(), msg));
        }
        ByteBuffer px = ByteBuffer.wrap(pixels(ct)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(2 * H * W * 2, px.capacity(), msg);
        for (int f = 0; f < 2; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    assertEquals(ctStored(f, x, y), px.getShort() & 0xFFFF,
                            "CT frame " + f + " (" + x + "," + y + "): stored value kept, bits 12-15 zero, " + msg);
                }
            }
        }
    }
}
