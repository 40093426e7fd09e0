package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Rect;
import org.veil.testkit.burnedin.DrawnText;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

class TextDetectorTest {
    private static final int W = 320;
    private static final int H = 160;
    private final TextDetector detector = new TextDetector(DetectorSettings.DEFAULT);

    private static int[] gradient() {
        int[] p = new int[W * H];
        for (int i = 0; i < p.length; i++) {
            p[i] = 30 + (i % W) * 120 / W + (i / W) * 40 / H;
        }
        return p;
    }

    private static GrayImage gray(int[] p) {
        byte[] b = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            b[i] = (byte) p[i];
        }
        return new GrayImage(W, H, b);
    }

    private static boolean covers(Rect r, DrawnText t) {
        return r.x() <= t.x() && r.y() <= t.y() && r.x() + r.width() >= t.x() + t.width()
                && r.y() + r.height() >= t.y() + t.height();
    }

    @Test
    void detect_brightTextOnGradient_oneBoxCoveringIt() {
        int[] p = gradient();
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.IDENTIFIER, "SMITH JOHN",
                new TextStyle("SansSerif", false, 16, false), 40, 30, new int[] {255});
        List<TextBox> boxes = detector.detect(gray(p));
        assertEquals(1, boxes.size(), boxes::toString);
        assertTrue(covers(boxes.get(0).rect(), t), () -> boxes + " vs " + t);
    }

    @Test
    void detect_darkTextOnLightBackground_found() {
        int[] p = new int[W * H];
        java.util.Arrays.fill(p, 220);
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.IDENTIFIER, "12/03/1961",
                new TextStyle("Serif", true, 14, false), 100, 90, new int[] {10});
        List<TextBox> boxes = detector.detect(gray(p));
        assertEquals(1, boxes.size(), boxes::toString);
        assertTrue(covers(boxes.get(0).rect(), t), () -> boxes + " vs " + t);
    }

    @Test
    void detect_verticalText_everyLetterCovered() {
        int[] p = gradient();
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.IDENTIFIER, "GARCIA",
                new TextStyle("Monospaced", true, 16, true), 200, 140, new int[] {250});
        List<TextBox> boxes = detector.detect(gray(p));
        for (int y = t.y(); y < t.y() + t.height(); y++) {
            for (int x = t.x(); x < t.x() + t.width(); x++) {
                if (t.isGlyph(x, y)) {
                    int fx = x;
                    int fy = y;
                    assertTrue(boxes.stream().anyMatch(b -> b.rect().contains(fx, fy)), () -> fx + "," + fy
                            + " not covered by " + boxes);
                }
            }
        }
    }

    @Test
    void detect_smoothGradientAndLargeShapes_nothing() {
        int[] p = gradient();
        for (int y = 40; y < 120; y++) {
            for (int x = 60; x < 200; x++) {
                p[y * W + x] = 240;
            }
        }
        assertEquals(List.of(), detector.detect(gray(p)));
    }

    @Test
    void detect_area_searchesOnlyThere() {
        int[] p = gradient();
        TextPainter.draw(new int[][] {p}, W, H, TextCategory.IDENTIFIER, "ACC1234",
                new TextStyle("SansSerif", true, 16, false), 20, 20, new int[] {255});
        GrayImage g = gray(p);
        assertEquals(List.of(), detector.detect(g, new Rect(150, 80, 100, 60)));
        assertEquals(1, detector.detect(g, new Rect(0, 0, 160, 80)).size());
    }

    /**
     * Regression: the end of a name drawn over a lighter area (too little contrast to make glyphs there) was left
     * outside the box; a line now follows its ink.
     */
    @Test
    void detect_lineRunsOntoLowContrastBackground_boxCoversAllOfIt() {
        int[] p = new int[W * H];
        for (int i = 0; i < p.length; i++) {
            p[i] = i % W < 150 ? 90 : 205;
        }
        DrawnText t = TextPainter.draw(new int[][] {p}, W, H, TextCategory.IDENTIFIER, "T. Nguyen",
                new TextStyle("Monospaced", true, 24, false), 30, 60, new int[] {255});
        List<TextBox> boxes = detector.detect(gray(p));
        for (int x = t.x(); x < t.x() + t.width(); x++) {
            for (int y = t.y(); y < t.y() + t.height(); y++) {
                if (t.isGlyph(x, y)) {
                    int fx = x;
                    int fy = y;
                    assertTrue(boxes.stream().anyMatch(b -> b.rect().contains(fx, fy)), () -> boxes + " vs " + t
                            + " at " + fx + "," + fy);
                }
            }
        }
    }
}
