package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Rect;
import org.veil.testkit.burnedin.DrawnText;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

class InkMaskTest {
    private static final int W = 160;
    private static final int H = 48;

    private static GrayImage gray(int[] p) {
        byte[] b = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            b[i] = (byte) p[i];
        }
        return new GrayImage(W, H, b);
    }

    /**
     * Speckle (grains of 3x3 pixels, mostly dark, brighter grains rarer), with a few single pixels at the text's value
     * 255 beside the word's box, and a bright bar along the top border.
     */
    private static int[] speckle(long seed) {
        Random rnd = new Random(seed);
        int[] grains = new int[(W / 3 + 1) * (H / 3 + 1)];
        for (int i = 0; i < grains.length; i++) {
            double u = rnd.nextDouble();
            grains[i] = 40 + (int) (140 * u * u);
        }
        int[] p = new int[W * H];
        for (int i = 0; i < p.length; i++) {
            p[i] = grains[(i / W / 3) * (W / 3 + 1) + i % W / 3];
        }
        for (int k = 0; k < 6; k++) {
            p[(4 + rnd.nextInt(H - 8)) * W + 56 + rnd.nextInt(4)] = 255;
        }
        for (int x = 0; x < W; x++) {
            p[x] = 255;
            p[W + x] = 255;
        }
        return p;
    }

    /**
     * Regression: OCR read an Otsu split of the whole box, so speckle and a label edge were read with the word (a
     * harmless word over speckle came back as "st eee -" and was removed). The ink is the text alone.
     */
    @Test
    void of_brightWordOverSpeckleBesideBorderBar_inkIsTheWord() {
        int[] p = speckle(1);
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.HARMLESS, "MHz",
                new TextStyle("SansSerif", false, 16, false), 60, 14, new int[] {255});
        Rect box = new Rect(t.x() - 6, 0, t.width() + 12, t.y() + t.height() + 6);
        InkMask ink = InkMask.of(gray(p).crop(box));
        assertEquals(new Rect(6, t.y(), t.width(), t.height()), ink.area());
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                assertEquals(t.isGlyph(box.x() + x, y), ink.ink(x, y), x + "," + y);
            }
        }
    }

    @Test
    void of_darkWordOnLightLabel_darkPolarityChosen() {
        int[] p = speckle(2);
        for (int y = 10; y < 40; y++) {
            for (int x = 30; x < 130; x++) {
                p[y * W + x] = 210;
            }
        }
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.HARMLESS, "Abdomen",
                new TextStyle("Serif", true, 14, false), 40, 16, new int[] {5});
        InkMask ink = InkMask.of(gray(p));
        assertEquals(new Rect(t.x(), t.y(), t.width(), t.height()), ink.area());
        assertEquals(t.height(), ink.textHeight());
    }

    @Test
    void of_periodInTheBandKept_grainBeforeTheWordDropped() {
        int[] p = new int[W * H];
        java.util.Arrays.fill(p, 40);
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.HARMLESS, "MI 0.8",
                new TextStyle("SansSerif", true, 16, false), 40, 14, new int[] {250});
        p[(t.y() + 2) * W + t.x() - 6] = 250;
        InkMask ink = InkMask.of(gray(p));
        assertEquals(new Rect(t.x(), t.y(), t.width(), t.height()), ink.area());
        assertFalse(ink.ink(t.x() - 6, t.y() + 2));
    }

    @Test
    void of_onlyInkTouchingTheBorder_none() {
        int[] p = new int[W * H];
        java.util.Arrays.fill(p, 40);
        for (int y = 0; y < H; y++) {
            p[y * W + 5] = 250;
        }
        assertNull(InkMask.of(gray(p)).area());
        assertTrue(InkMask.of(gray(p)).textHeight() >= 0);
    }
}
