package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.Rect;

/**
 * The eraser paints each group of nearby boxes in its own window and reuses its inpainting order across frames; the
 * cells it writes must be exactly those of the single-window eraser it replaced ({@link ReferenceEraser}), for every
 * layout, box arrangement (apart, touching, overlapping, at the edges, covering everything) and frame.
 */
class TextEraserEquivalenceTest {
    private static final int W = 64;
    private static final int H = 48;

    private static ImageDescriptor descriptor(PhotometricInterpretation p, int allocated, int stored, boolean signed) {
        return ImageDescriptor.builder().rows(H).columns(W).bitsAllocated(allocated).bitsStored(stored)
                .highBit(stored - 1).photometric(p)
                .pixelRepresentation(signed ? PixelRepresentation.SIGNED : PixelRepresentation.UNSIGNED).build();
    }

    private static List<ImageDescriptor> layouts() {
        return List.of(descriptor(PhotometricInterpretation.MONOCHROME2, 8, 8, false),
                descriptor(PhotometricInterpretation.MONOCHROME2, 16, 12, false),
                descriptor(PhotometricInterpretation.MONOCHROME2, 16, 16, true),
                descriptor(PhotometricInterpretation.MONOCHROME1, 32, 32, false),
                descriptor(PhotometricInterpretation.RGB, 8, 8, false),
                descriptor(PhotometricInterpretation.YBR_FULL_422, 8, 8, false),
                descriptor(PhotometricInterpretation.PALETTE_COLOR, 8, 8, false));
    }

    /** Noise with bits set above Bits Stored (which the eraser must clear inside the boxes). */
    private static Frame noise(ImageDescriptor d, Random rnd) {
        Frame f = Frame.allocate(d);
        for (int s = 0; s < f.samples(); s++) {
            int[] c = f.plane(s).ints();
            for (int i = 0; i < c.length; i++) {
                c[i] = d.bitsAllocated() == 32 ? rnd.nextInt() : rnd.nextInt(1 << d.bitsAllocated());
            }
        }
        return f;
    }

    /**
     * A frame like the one before: the same (the eraser repeats its last cells), with changes in a few random cells
     * (inside a box, where they must not matter, or around one, where they must), or with one cell changed.
     */
    private static Frame similar(Frame before, Random rnd, int frame) {
        Frame f = before.copy();
        int changes = frame == 3 ? 0 : frame == 4 ? 1 : 40;
        for (int c = 0; c < changes; c++) {
            int s = rnd.nextInt(f.samples());
            int[] cells = f.plane(s).ints();
            cells[rnd.nextInt(cells.length)] ^= 1 + rnd.nextInt(3);
        }
        return f;
    }

    private static List<Rect> boxes(Random rnd, int arrangement) {
        List<Rect> out = new ArrayList<>();
        switch (arrangement) {
            case 0 -> out.add(new Rect(-5, -5, W + 10, H + 10));
            case 1 -> {
                out.add(new Rect(2, 2, 10, 6));
                out.add(new Rect(W - 12, 2, 10, 6));
                out.add(new Rect(W - 8, H - 7, 8, 7));
            }
            case 2 -> {
                for (int gap = 0; gap < 6; gap++) {
                    out.add(new Rect(gap * 10, 8 * gap, 6, 5));
                    out.add(new Rect(gap * 10 + 6 + gap, 8 * gap, 3, 5));
                }
            }
            default -> {
                int n = 1 + rnd.nextInt(7);
                for (int i = 0; i < n; i++) {
                    out.add(new Rect(rnd.nextInt(W + 8) - 4, rnd.nextInt(H + 8) - 4, 1 + rnd.nextInt(20),
                            1 + rnd.nextInt(12)));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(EraseMethod.class)
    void erase_matchesTheSingleWindowEraser(EraseMethod method) {
        Random rnd = new Random(15);
        for (ImageDescriptor d : layouts()) {
            for (int arrangement = 0; arrangement < 40; arrangement++) {
                List<Rect> boxes = boxes(rnd, arrangement);
                TextEraser eraser = TextEraser.of(d, boxes, method);
                Frame previous = noise(d, rnd);
                for (int frame = 0; frame < 6; frame++) {
                    Frame f = frame < 3 ? noise(d, rnd) : similar(previous, rnd, frame);
                    previous = f.copy();
                    Frame expected = f.copy();
                    boolean wrote = eraser.erase(f);
                    assertEquals(ReferenceEraser.erase(expected, d, boxes, method), wrote);
                    assertEquals("", expected.firstDifference(f).orElse(""),
                            d.photometric() + " " + d.bitsStored() + " bits, boxes " + boxes + ", frame " + frame);
                }
            }
        }
    }
}
