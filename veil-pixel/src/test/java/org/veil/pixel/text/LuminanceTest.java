package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.PlanarConfiguration;

/**
 * Luminance is computed in one pass into reused buffers and stretched through a table; every value must be the
 * definition's: the stored value (sign extended), Y = (77 R + 150 G + 29 B) / 256 for RGB, stretched from the
 * frame's lowest to its highest value to 0..255 rounding half up, inverted for MONOCHROME1.
 */
class LuminanceTest {
    private static ImageDescriptor descriptor(PhotometricInterpretation p, int allocated, int stored, int high,
                                              boolean signed) {
        return ImageDescriptor.builder().rows(23).columns(31).bitsAllocated(allocated).bitsStored(stored)
                .highBit(high).photometric(p)
                .pixelRepresentation(signed ? PixelRepresentation.SIGNED : PixelRepresentation.UNSIGNED).build();
    }

    /** The definition, one pixel at a time, with long arithmetic throughout. */
    private static byte[] expected(Frame f, ImageDescriptor d) {
        int n = f.columns() * f.rows();
        long[] v = new long[n];
        boolean rgb = d.photometric() == PhotometricInterpretation.RGB;
        for (int i = 0; i < n; i++) {
            int x = i % f.columns();
            int y = i / f.columns();
            v[i] = rgb ? (77 * stored(f, d, 0, x, y) + 150 * stored(f, d, 1, x, y) + 29 * stored(f, d, 2, x, y)) >> 8
                    : stored(f, d, 0, x, y);
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - 24);
        long range = Math.max(1, (hi - lo) >>> shift);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            long g = (((v[i] - lo) >>> shift) * 255 + range / 2) / range;
            out[i] = (byte) (d.photometric() == PhotometricInterpretation.MONOCHROME1 ? 255 - g : g);
        }
        return out;
    }

    private static long stored(Frame f, ImageDescriptor d, int s, int x, int y) {
        long u = f.plane(s).get(x, y) >>> d.lowBit() & (1L << d.bitsStored()) - 1;
        return d.isSigned() && (u >>> d.bitsStored() - 1 & 1) == 1 ? u - (1L << d.bitsStored()) : u;
    }

    @Test
    void of_matchesTheDefinition_forEveryLayoutAndRange() throws Exception {
        Random rnd = new Random(15);
        List<ImageDescriptor> layouts = List.of(
                descriptor(PhotometricInterpretation.MONOCHROME2, 8, 8, 7, false),
                descriptor(PhotometricInterpretation.MONOCHROME1, 16, 12, 11, false),
                descriptor(PhotometricInterpretation.MONOCHROME2, 16, 16, 15, true),
                descriptor(PhotometricInterpretation.MONOCHROME2, 16, 12, 13, true),
                descriptor(PhotometricInterpretation.MONOCHROME2, 32, 24, 23, true),
                descriptor(PhotometricInterpretation.MONOCHROME2, 32, 32, 31, false),
                descriptor(PhotometricInterpretation.RGB, 8, 8, 7, false),
                descriptor(PhotometricInterpretation.RGB, 16, 16, 15, true),
                descriptor(PhotometricInterpretation.RGB, 32, 20, 19, false),
                descriptor(PhotometricInterpretation.RGB, 32, 28, 27, false),
                descriptor(PhotometricInterpretation.PALETTE_COLOR, 16, 16, 15, false));
        int[] work = new int[31 * 23];
        byte[] gray = new byte[31 * 23];
        for (ImageDescriptor d : layouts) {
            for (int spread : new int[] {0, 1, 3, 200, 5000, Integer.MAX_VALUE}) {
                Frame f = Frame.allocate(d);
                int base = rnd.nextInt();
                for (int s = 0; s < f.samples(); s++) {
                    int[] c = f.plane(s).ints();
                    for (int i = 0; i < c.length; i++) {
                        int cell = spread == Integer.MAX_VALUE ? rnd.nextInt() : base + rnd.nextInt(spread + 1);
                        c[i] = d.bitsAllocated() == 32 ? cell : cell & (1 << d.bitsAllocated()) - 1;
                    }
                }
                byte[] want = expected(f, d);
                String what = d.photometric() + " " + d.bitsStored() + " bits, spread " + spread;
                assertArrayEquals(want, Luminance.of(f, d).pixels(), what);
                GrayImage reused = Luminance.of(f, d, work, gray);
                assertSame(gray, reused.pixels());
                assertArrayEquals(want, reused.pixels(), what + ", reused buffers");
            }
        }
    }

    /**
     * Straight from the native bytes (no decoded planes): the same luminance and the same values before the stretch
     * as from the decoded frame, for 8- and 16-bit cells, signed or not, grey, 8-bit RGB and YBR by pixel and by
     * plane.
     */
    @Test
    void ofBytes_sameAsFromTheDecodedFrame() throws Exception {
        Random rnd = new Random(16);
        List<ImageDescriptor> layouts = new java.util.ArrayList<>(List.of(
                descriptor(PhotometricInterpretation.MONOCHROME2, 8, 8, 7, false),
                descriptor(PhotometricInterpretation.MONOCHROME1, 16, 12, 11, false),
                descriptor(PhotometricInterpretation.MONOCHROME2, 16, 16, 15, true),
                descriptor(PhotometricInterpretation.MONOCHROME2, 8, 6, 5, true),
                descriptor(PhotometricInterpretation.PALETTE_COLOR, 8, 8, 7, false)));
        for (PlanarConfiguration pc : PlanarConfiguration.values()) {
            layouts.add(descriptor(PhotometricInterpretation.RGB, 8, 8, 7, false).toBuilder().planarConfiguration(pc)
                    .build());
            layouts.add(descriptor(PhotometricInterpretation.YBR_FULL, 8, 8, 7, false).toBuilder()
                    .planarConfiguration(pc).build());
        }
        for (ImageDescriptor d : layouts) {
            assertTrue(Luminance.fromBytes(d), d::toString);
            Frame f = Frame.allocate(d);
            for (int s = 0; s < f.samples(); s++) {
                int[] c = f.plane(s).ints();
                for (int i = 0; i < c.length; i++) {
                    c[i] = rnd.nextInt(1 << d.bitsAllocated());
                }
            }
            byte[] data = new byte[3 + (int) d.frameLength()];
            System.arraycopy(new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).encode(f), 0, data, 3,
                    (int) d.frameLength());
            int[] fromFrame = new int[31 * 23];
            int[] fromBytes = new int[31 * 23];
            byte[] want = Luminance.of(f, d, fromFrame, null).pixels();
            String what = d.photometric() + " " + d.bitsAllocated() + " bits " + d.planarConfiguration();
            assertArrayEquals(want, Luminance.ofBytes(data, 3, d, fromBytes, null).pixels(), what);
            assertArrayEquals(fromFrame, fromBytes, what + ", values before the stretch");
        }
        assertFalse(Luminance.fromBytes(descriptor(PhotometricInterpretation.MONOCHROME2, 32, 24, 23, false)));
        assertFalse(Luminance.fromBytes(descriptor(PhotometricInterpretation.RGB, 16, 16, 15, true)));
        assertFalse(Luminance.fromBytes(descriptor(PhotometricInterpretation.RGB, 8, 8, 7, true)));
        assertFalse(Luminance.fromBytes(descriptor(PhotometricInterpretation.MONOCHROME2, 16, 12, 13, false)));
    }
}
