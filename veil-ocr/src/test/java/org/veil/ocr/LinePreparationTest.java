package org.veil.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.pixel.text.GrayImage;

class LinePreparationTest {
    /** A 10x8 box of background 60 with a 2x2 square of bright ink 250 inside. */
    private static GrayImage box() {
        byte[] p = new byte[10 * 8];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) 60;
        }
        for (int y = 3; y < 5; y++) {
            for (int x = 4; x < 6; x++) {
                p[y * 10 + x] = (byte) 250;
            }
        }
        return new GrayImage(10, 8, p);
    }

    @Test
    void prepare_inkOnly_blackBlocksEnlargedByAWholeFactor_cutWithMargin() {
        GrayImage g = LinePreparation.prepare(box(), new LinePreparation.Style(24, false));
        int black = 0;
        for (byte b : g.pixels()) {
            black += b == 0 ? 1 : 0;
        }
        assertEquals(12 * 12, black, "2x2 ink enlarged 6 times (max factor)");
        assertEquals(12 + 2 * 12, g.width());
        assertEquals(12 + 2 * 12, g.height());
    }

    @Test
    void boxBlur_roundsABlockEdge() {
        byte[] p = new byte[4 * 1];
        p[2] = (byte) 255;
        p[3] = (byte) 255;
        GrayImage g = LinePreparation.boxBlur(new GrayImage(4, 1, p), 1);
        assertEquals(0, g.get(0, 0));
        assertEquals(85, g.get(1, 0));
        assertEquals(170, g.get(2, 0));
        assertEquals(255, g.get(3, 0));
    }
}
