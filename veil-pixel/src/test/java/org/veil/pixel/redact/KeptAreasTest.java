package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.TemporalSummary;
import org.veil.pixel.text.TextBox;
import org.veil.testkit.burnedin.DrawnText;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

class KeptAreasTest {
    private static final int W = 120;
    private static final int H = 60;

    private static GrayImage frame(int background, DrawnText[] drawn, String text, int shift) {
        int[] p = new int[W * H];
        java.util.Arrays.fill(p, background);
        drawn[0] = TextPainter.draw(new int[][] {p}, W, H, TextCategory.HARMLESS, text,
                new TextStyle("SansSerif", false, 14, false), 30 + shift, 20, new int[] {250});
        byte[] b = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            b[i] = (byte) p[i];
        }
        return new GrayImage(W, H, b);
    }

    private static boolean covered(List<Rect> areas, int x, int y) {
        return areas.stream().anyMatch(r -> r.contains(x, y));
    }

    @Test
    void minus_coreInside_fourPiecesAroundIt_apartUnchanged() {
        Rect a = new Rect(0, 0, 10, 10);
        List<Rect> pieces = KeptAreas.minus(a, new Rect(3, 4, 2, 2));
        assertEquals(4, pieces.size());
        assertEquals(96, pieces.stream().mapToInt(r -> r.width() * r.height()).sum());
        assertEquals(List.of(a), KeptAreas.minus(a, new Rect(20, 20, 2, 2)));
    }

    /**
     * Regression: a removed box overlapping a kept word (a line of colour-flow patches, a neighbour's padding) painted
     * over the word. Only the word's ink is spared; the rest of the removed box is still removed.
     */
    @Test
    void carve_removedBoxOverKeptWord_spareOnlyTheWordsInk() {
        DrawnText[] t = new DrawnText[1];
        GrayImage g = frame(40, t, "cm", 0);
        TextBox kept = new TextBox(new Rect(t[0].x() - 6, t[0].y() - 6, t[0].width() + 12, t[0].height() + 12), 2);
        KeptAreas k = new KeptAreas();
        k.add(kept, g.crop(kept.rect()), null);
        List<Rect> areas = k.carve(List.of(new Rect(0, 0, W, H)));
        for (int y = t[0].y(); y < t[0].y() + t[0].height(); y++) {
            for (int x = t[0].x(); x < t[0].x() + t[0].width(); x++) {
                assertFalse(covered(areas, x, y), x + "," + y);
            }
        }
        assertTrue(covered(areas, t[0].x() - 3, t[0].y()));
        assertTrue(covered(areas, t[0].x(), t[0].y() + t[0].height() + 2));
    }

    /** The removed areas left of a whole-frame box on a cine of "cm" then {@code second}, "cm" kept. */
    private static List<Rect> carvedOnCine(String second, DrawnText[] t) {
        TemporalSummary s = new TemporalSummary(W, H);
        s.add(frame(40, t, second, 0));
        s.add(frame(40, t, "cm", 0));
        GrayImage still = s.image();
        TextBox kept = new TextBox(new Rect(20, 10, 60, 36), 2);
        KeptAreas k = new KeptAreas();
        k.add(kept, KeptAreas.flattened(still.crop(kept.rect()), kept.rect(), s), s);
        return k.carve(List.of(new Rect(0, 0, W, H)));
    }

    /** Fail closed: on a cine, a kept word whose strokes change between frames is not spared. */
    @Test
    void add_cineWordWithChangingInk_notSpared() {
        assertEquals(List.of(new Rect(0, 0, W, H)), carvedOnCine("", new DrawnText[1]));
    }

    @Test
    void add_cineStaticWord_spared() {
        DrawnText[] t = new DrawnText[1];
        assertFalse(covered(carvedOnCine("cm", t), t[0].x(), t[0].y()));
    }

    @Test
    void isKeptWord_moreGlyphsThanTheKeptBox_isLeftText() {
        DrawnText[] t = new DrawnText[1];
        GrayImage g = frame(40, t, "cm", 0);
        TextBox kept = new TextBox(new Rect(t[0].x() - 6, t[0].y() - 6, t[0].width() + 12, t[0].height() + 12), 2);
        KeptAreas k = new KeptAreas();
        k.add(kept, g.crop(kept.rect()), null);
        assertTrue(k.isKeptWord(new TextBox(new Rect(t[0].x() - 20, t[0].y() - 8, 60, 30), 2)));
        assertFalse(k.isKeptWord(new TextBox(new Rect(t[0].x() - 20, t[0].y() - 8, 60, 30), 4)));
        assertFalse(k.isKeptWord(new TextBox(new Rect(0, 0, 10, 10), 1)));
    }
}
