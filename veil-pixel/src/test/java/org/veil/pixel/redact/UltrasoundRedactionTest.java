package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Fragments;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.rle.RleCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.PlanarConfiguration;
import org.veil.pixel.frame.Rect;

/**
 * Multiframe colour ultrasound (8-bit, 3 samples) redacted with the regions of a rule: in every frame the regions are
 * uniformly black and every other pixel is unchanged; the frame count and order stay (each frame is distinct, so a
 * swapped or repeated frame shows). Native data is checked by direct byte indexing, independent of Veil's codecs.
 */
class UltrasoundRedactionTest {
    private static final int W = 40;
    private static final int H = 30;
    private static final int FRAMES = 5;
    /** A header bar and an annotation with odd edges (4:2:2 widens it to whole pixel pairs). */
    private static final List<Rect> REGIONS = List.of(new Rect(0, 0, W, 6), new Rect(5, 20, 11, 5));
    private static final String RULES = """
            rules:
              - name: Acme US
                match: {manufacturer: ACME, modality: US, rows: 30, columns: 40}
                regions:
                  - [0, 0, 40, 6]
                  - [5, 20, 11, 5]
            """;

    /** The sample value of the synthetic image: never 0 and different in every frame at every pixel. */
    private static int sample(int frame, int x, int y, int s) {
        return 1 + (frame * 41 + x * 3 + y * 7 + s * 50 + (x * y) % 5) % 250;
    }

    private static boolean inRegion(int x, int y, boolean pairs) {
        for (Rect r : REGIONS) {
            int x0 = pairs ? r.x() & ~1 : r.x();
            int x1 = r.x() + r.width();
            x1 = pairs ? x1 + (x1 & 1) : x1;
            if (x >= x0 && x < x1 && y >= r.y() && y < r.y() + r.height()) {
                return true;
            }
        }
        return false;
    }

    private static Dataset us(String photometric, int planar, byte[] pixels) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.3.1");
        v.putString(0x00080060, VR.CS, "US");
        v.putString(0x00080070, VR.LO, "ACME");
        v.putUnsignedShorts(0x00280002, 3);
        v.putString(0x00280004, VR.CS, photometric);
        v.putUnsignedShorts(0x00280006, planar);
        v.putString(0x00280008, VR.IS, Integer.toString(FRAMES));
        v.putUnsignedShorts(0x00280010, H);
        v.putUnsignedShorts(0x00280011, W);
        v.putUnsignedShorts(0x00280100, 8);
        v.putUnsignedShorts(0x00280101, 8);
        v.putUnsignedShorts(0x00280102, 7);
        v.putUnsignedShorts(0x00280103, 0);
        ds.put(DataElement.of(0x7FE00010, VR.OB, pixels));
        return ds;
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

    private static int rgbIndex(int planar, int f, int x, int y, int s) {
        return planar == 0 ? ((f * H + y) * W + x) * 3 + s : f * H * W * 3 + s * H * W + y * W + x;
    }

    private static List<Rect> rules() throws Exception {
        List<RedactionRule> rules = RuleParser.parse(RULES, "us-rules.yaml");
        Dataset probe = us("RGB", 0, new byte[0]);
        return RedactionRule.firstMatch(rules, probe).orElseThrow().regions();
    }

    @ParameterizedTest(name = "planar configuration {0}")
    @ValueSource(ints = {0, 1})
    void nativeRgbMultiframe_regionsBlackEverywhereElseIdentical_framesInOrder(int planar) throws Exception {
        byte[] before = rgb(planar);
        Dataset ds = us("RGB", planar, before.clone());
        RedactionResult r = new PixelRedactor().redact(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, rules(),
                RedactionOptions.DEFAULT);
        assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, r.transferSyntax());
        assertEquals(FRAMES, r.framesChanged());
        byte[] after = ds.get(0x7FE00010).bytes();
        assertEquals(before.length, after.length, "frame count kept");
        int filled = 0;
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    for (int s = 0; s < 3; s++) {
                        int i = rgbIndex(planar, f, x, y, s);
                        String where = "frame " + f + " (" + x + "," + y + ") sample " + s;
                        if (inRegion(x, y, false)) {
                            assertEquals(0, after[i], where);
                            filled++;
                        } else {
                            assertEquals(before[i], after[i], where);
                        }
                    }
                }
            }
        }
        assertEquals(FRAMES * 3 * (W * 6 + 11 * 5), filled);
    }

    @Test
    void nativeYbrFull422Multiframe_widenedRegionsUniformBlack_restIdentical() throws Exception {
        // native 4:2:2: per pixel pair Y0 Y1 Cb Cr (PS3.3 C.7.6.3.1.2)
        byte[] before = new byte[FRAMES * H * W * 2];
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x += 2) {
                    int o = ((f * H + y) * W + x) * 2;
                    before[o] = (byte) sample(f, x, y, 0);
                    before[o + 1] = (byte) sample(f, x + 1, y, 0);
                    before[o + 2] = (byte) sample(f, x, y, 1);
                    before[o + 3] = (byte) sample(f, x, y, 2);
                }
            }
        }
        Dataset ds = us("YBR_FULL_422", 0, before.clone());
        RedactionResult r = new PixelRedactor().redact(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, rules(),
                RedactionOptions.DEFAULT);
        assertEquals(FRAMES, r.framesChanged());
        byte[] after = ds.get(0x7FE00010).bytes();
        assertEquals(before.length, after.length);
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x += 2) {
                    int o = ((f * H + y) * W + x) * 2;
                    String where = "frame " + f + " pair (" + x + "," + y + ")";
                    boolean in = inRegion(x, y, true);
                    assertEquals(in, inRegion(x + 1, y, true), "a region covers whole pairs");
                    for (int k = 0; k < 4; k++) {
                        // black in YBR_FULL: Y 0, Cb = Cr = 128
                        int expected = in ? (k < 2 ? 0 : 128) : before[o + k] & 0xFF;
                        assertEquals(expected, after[o + k] & 0xFF, where + " byte " + k);
                    }
                }
            }
        }
    }

    @Test
    void rleRgbMultiframe_staysRle_regionsBlackRestIdentical_framesInOrder() throws Exception {
        RleCodec rle = new RleCodec(CodecLimits.DEFAULT);
        ImageDescriptor d = ImageDescriptor.builder().rows(H).columns(W).bitsAllocated(8).bitsStored(8).highBit(7)
                .pixelRepresentation(PixelRepresentation.UNSIGNED).planarConfiguration(PlanarConfiguration.COLOR_BY_PIXEL)
                .photometric(PhotometricInterpretation.RGB).numberOfFrames(FRAMES).build();
        assertEquals(3, d.samplesPerPixel());
        Frame[] originals = new Frame[FRAMES];
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
            originals[f] = frame;
            fragments.add(rle.encode(frame.copy(), d));
        }
        Dataset ds = us("RGB", 0, new byte[0]);
        ds.put(DataElement.of(0x7FE00010, VR.OB, fragments));
        RedactionResult r = new PixelRedactor().redact(ds, TransferSyntax.RLE_LOSSLESS, rules(),
                RedactionOptions.DEFAULT);
        assertEquals(TransferSyntax.RLE_LOSSLESS, r.transferSyntax());
        assertEquals(FRAMES, r.framesChanged());
        Fragments out = ds.get(0x7FE00010).fragments();
        assertEquals(FRAMES + 1, out.size(), "offset table and one fragment per frame");
        for (int f = 0; f < FRAMES; f++) {
            Frame got = rle.decode((byte[]) out.get(f + 1), d);
            for (int s = 0; s < 3; s++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        String where = "frame " + f + " (" + x + "," + y + ") sample " + s;
                        long expected = inRegion(x, y, false) ? 0 : originals[f].plane(s).get(x, y);
                        assertEquals(expected, got.plane(s).get(x, y), where);
                    }
                }
            }
        }
        assertNotEquals(originals[0].plane(0).get(W - 1, H - 1), originals[1].plane(0).get(W - 1, H - 1));
        assertTrue(RedactionRule.firstMatch(RuleParser.parse(RULES, "us-rules.yaml"), ds).isPresent());
    }
}
