package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Fragments;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.Plane;

/**
 * Overlays in a generated 16-bit allocated, 12-bit stored MONOCHROME2 multiframe image: an overlay plane in group
 * 6000 (its own Overlay Data) and a retired overlay embedded in the unused high bits 12-15 (group 6002, Overlay Bits
 * Allocated 16, Bit Position 12). After {@link PixelRedactor#cleanOverlays}: no 60xx element is left, the bits above
 * High Bit carry no overlay (0 for unsigned; the sign extension of bit 11 for signed, so the 16-bit value reads as
 * the stored value), and the stored values in bits 0-11 are unchanged.
 */
class OverlayCleanupTest {
    private static final int W = 24;
    private static final int H = 16;
    private static final int FRAMES = 3;
    /** Frame 1 carries no embedded overlay bits, so only the other frames change. */
    private static final int CLEAN_FRAME = 1;

    /** The 12-bit stored value: the full range, different in every frame. */
    private static int stored(int f, int x, int y, boolean signed) {
        int v = (f * 517 + y * W * 11 + x * 13) % 4096;
        return signed ? v - 2048 : v;
    }

    /** The embedded overlay: a 4-bit pattern (one bit per overlay bit plane 12..15) shaped like text strokes. */
    private static int overlayBits(int f, int x, int y) {
        if (f == CLEAN_FRAME) {
            return 0;
        }
        return (y % 4 == 1 ? 1 : 0) | (x % 5 == 2 ? 2 : 0) | ((x + y) % 7 == 0 ? 4 : 0) | (x == y ? 8 : 0);
    }

    private static byte[] u16(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    private static Dataset image(boolean signed) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3");
        v.putString(0x00080060, VR.CS, "OT");
        v.putUnsignedShorts(0x00280002, 1);
        v.putString(0x00280004, VR.CS, "MONOCHROME2");
        v.putString(0x00280008, VR.IS, Integer.toString(FRAMES));
        v.putUnsignedShorts(0x00280010, H);
        v.putUnsignedShorts(0x00280011, W);
        v.putUnsignedShorts(0x00280100, 16);
        v.putUnsignedShorts(0x00280101, 12);
        v.putUnsignedShorts(0x00280102, 11);
        v.putUnsignedShorts(0x00280103, signed ? 1 : 0);
        // an overlay plane with its own data (PS3.3 C.9.2)
        v.putUnsignedShorts(0x60000010, H);
        v.putUnsignedShorts(0x60000011, W);
        v.putString(0x60000040, VR.CS, "G");
        ds.put(DataElement.of(0x60000050, VR.SS, u16(1, 1)));
        v.putUnsignedShorts(0x60000100, 1);
        v.putUnsignedShorts(0x60000102, 0);
        v.putString(0x60000022, VR.LO, "PATIENT NAME OVERLAY");
        ds.put(DataElement.of(0x60003000, VR.OW, new byte[(W * H + 7) / 8 + 1 & ~1]));
        // a retired overlay embedded in the unused high bits
        v.putUnsignedShorts(0x60020010, H);
        v.putUnsignedShorts(0x60020011, W);
        v.putString(0x60020040, VR.CS, "G");
        ds.put(DataElement.of(0x60020050, VR.SS, u16(1, 1)));
        v.putUnsignedShorts(0x60020100, 16);
        v.putUnsignedShorts(0x60020102, 12);
        int[] cells = new int[FRAMES * W * H];
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int value = stored(f, x, y, signed);
                    // without an overlay a writer sign-extends (or zero-fills) above High Bit
                    cells[(f * H + y) * W + x] = f == CLEAN_FRAME ? value & 0xFFFF
                            : value & 0xFFF | overlayBits(f, x, y) << 12;
                }
            }
        }
        ds.put(DataElement.of(0x7FE00010, VR.OW, u16(cells)));
        return ds;
    }

    @ParameterizedTest(name = "signed {0}")
    @ValueSource(booleans = {false, true})
    void cleanOverlays_groupsGoneHighBitsClearStoredValuesKept(boolean signed) throws Exception {
        Dataset ds = image(signed);
        int overlayElements = 0;
        for (DataElement e : ds) {
            overlayElements += (e.tag() >>> 16) >= 0x6000 && (e.tag() >>> 16) <= 0x60FF ? 1 : 0;
        }
        assertEquals(14, overlayElements);

        OverlayCleanup result = new PixelRedactor().cleanOverlays(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, RedactionOptions.DEFAULT);

        assertEquals(14, result.elementsRemoved());
        assertEquals(FRAMES - 1, result.framesChanged(), "frames that had embedded overlay bits");
        for (DataElement e : ds) {
            int group = e.tag() >>> 16;
            assertFalse(group >= 0x6000 && group <= 0x601E, String.format("(%08X) left", e.tag()));
        }
        assertTrue(ds.contains(0x00280101), "image pixel module kept");
        ByteBuffer px = ByteBuffer.wrap(ds.get(0x7FE00010).bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(FRAMES * W * H * 2, px.capacity(), "frame count kept");
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    assertCell(f, x, y, signed, px.getShort() & 0xFFFF);
                }
            }
        }
    }

    /** A cleaned 16-bit cell: stored bits 0-11 unchanged, bits 12-15 zero or the sign extension. */
    private static void assertCell(int f, int x, int y, boolean signed, int cell) {
        int value = stored(f, x, y, signed);
        String where = "frame " + f + " (" + x + "," + y + ")";
        assertEquals(value & 0xFFF, cell & 0xFFF, where + ": stored bits 0-11");
        int expectedHigh = signed && value < 0 ? 0xF : 0;
        assertEquals(expectedHigh, cell >>> 12, where + ": bits 12-15");
        if (signed) {
            assertEquals(value, (short) cell, where + ": as a signed 16-bit number");
        }
    }

    @ParameterizedTest(name = "{0} signed {1}")
    @CsvSource({"1.2.840.10008.1.2.5, false", "1.2.840.10008.1.2.5, true", "1.2.840.10008.1.2.4.70, false",
        "1.2.840.10008.1.2.4.80, false"})
    void cleanOverlays_losslessEncapsulated_highBitsClearedStoredValuesKept(String uid, boolean signed)
            throws Exception {
        TransferSyntax ts = TransferSyntax.of(uid);
        FrameCodecRegistry codecs = FrameCodecRegistry.standard(CodecLimits.DEFAULT);
        FrameCodec codec = codecs.require(ts);
        Dataset ds = image(signed);
        ImageDescriptor d = PixelAttributes.describe(ds);
        NativeFrameCodec nativeCodec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
        byte[] nativeCells = ds.get(0x7FE00010).bytes();
        Fragments fragments = new Fragments();
        fragments.add(new byte[0]);
        for (int f = 0; f < FRAMES; f++) {
            fragments.add(codec.encode(nativeCodec.decodeFrame(nativeCells, f), codec.encodedDescriptor(d)));
        }
        ds.put(DataElement.of(0x7FE00010, VR.OB, fragments));
        byte[] coded = (byte[]) fragments.get(1 + CLEAN_FRAME);
        byte[] untouchedFrame = Arrays.copyOf(coded, coded.length + (coded.length & 1)); // fragments are even

        OverlayCleanup result = new PixelRedactor(codecs).cleanOverlays(ds, ts, RedactionOptions.DEFAULT);

        assertEquals(ts, result.transferSyntax(), "re-encoded exactly in the same syntax");
        assertEquals(FRAMES - 1, result.framesChanged());
        assertEquals(14, result.elementsRemoved());
        Fragments out = ds.get(0x7FE00010).fragments();
        assertEquals(FRAMES + 1, out.size());
        assertArrayEquals(untouchedFrame, (byte[]) out.get(1 + CLEAN_FRAME), "a frame without overlay bits is kept");
        for (int f = 0; f < FRAMES; f++) {
            Plane p = codec.decode((byte[]) out.get(f + 1), d).plane(0);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    assertCell(f, x, y, signed, (int) p.get(x, y) & 0xFFFF);
                }
            }
        }
        OverlayCleanup again = new PixelRedactor(codecs).cleanOverlays(ds, ts, RedactionOptions.DEFAULT);
        assertEquals(0, again.framesChanged(), "nothing left to clear");
        assertEquals(List.of(), again.tempFiles());
    }
}
