package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.Rect;

class TextEraserTest {
    private static ImageDescriptor mono(int bits, int stored, boolean signed) {
        return ImageDescriptor.builder().rows(40).columns(60).bitsAllocated(bits).bitsStored(stored)
                .highBit(stored - 1).photometric(PhotometricInterpretation.MONOCHROME2)
                .pixelRepresentation(signed ? PixelRepresentation.SIGNED : PixelRepresentation.UNSIGNED).build();
    }

    private static Frame ramp(ImageDescriptor d) {
        Frame f = Frame.allocate(d);
        int[] c = f.plane(0).ints();
        for (int i = 0; i < c.length; i++) {
            c[i] = 100 + (i % 60) * 10;
        }
        return f;
    }

    @Test
    void erase_inpaint_changesOnlyInsideAndFollowsTheRamp() {
        ImageDescriptor d = mono(16, 12, false);
        Frame f = ramp(d);
        Frame before = f.copy();
        int[] c = f.plane(0).ints();
        for (int y = 10; y < 20; y++) {
            for (int x = 20; x < 30; x++) {
                c[y * 60 + x] = 4095;
            }
        }
        Rect r = new Rect(18, 8, 14, 14);
        assertTrue(TextEraser.erase(f, d, List.of(r), EraseMethod.INPAINT));
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                int v = c[y * 60 + x];
                if (!r.contains(x, y)) {
                    assertEquals(before.plane(0).get(x, y), v, x + "," + y);
                } else {
                    assertTrue(Math.abs(v - (100 + x * 10)) <= 80, "inpainted " + x + "," + y + " = " + v);
                }
            }
        }
    }

    @Test
    void erase_background_fillsWithRingMedianAndClearsBitsAboveStored() {
        ImageDescriptor d = mono(16, 12, false);
        Frame f = Frame.allocate(d);
        int[] c = f.plane(0).ints();
        java.util.Arrays.fill(c, 700);
        c[15 * 60 + 15] = 0xF000 | 4095;
        TextEraser.erase(f, d, List.of(new Rect(10, 10, 10, 10)), EraseMethod.BACKGROUND);
        assertEquals(700, c[15 * 60 + 15]);
    }

    @Test
    void erase_signedData_keepsNegativeValuesSignExtended() {
        ImageDescriptor d = mono(16, 16, true);
        Frame f = Frame.allocate(d);
        int[] c = f.plane(0).ints();
        java.util.Arrays.fill(c, 0xFC18); // -1000
        c[15 * 60 + 15] = 0x7FFF;
        TextEraser.erase(f, d, List.of(new Rect(12, 12, 6, 6)), EraseMethod.INPAINT);
        assertEquals(0xFC18, c[15 * 60 + 15] & 0xFFFF);
    }
}
