package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Rect;

class TemporalSummaryTest {
    private static final int W = 96;
    private static final int H = 64;

    /** Speckle in the left half (new per frame), a static background right, a 2-pixel "digit" toggling at 70..74. */
    private static GrayImage frame(int i) {
        Random r = new Random(i);
        byte[] p = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = x < 48 ? 40 + r.nextInt(64) * 2 : 10;
                if (x >= 70 && x < 74 && y >= 20 && y < 36 && (i % 2 == 0 || x < 72)) {
                    v = 250;
                }
                p[y * W + x] = (byte) v;
            }
        }
        return new GrayImage(W, H, p);
    }

    private static TemporalSummary summary() {
        TemporalSummary s = new TemporalSummary(W, H);
        for (int i = 0; i < 20; i++) {
            s.add(frame(i));
        }
        return s;
    }

    @Test
    void image_staticPixelsKeptChangingOnesAtMidRange() {
        TemporalSummary s = summary();
        GrayImage g = s.image();
        assertEquals(10, g.get(60, 10));
        assertEquals(250, g.get(70, 25));
        assertTrue(s.isStatic(70, 25));
        assertTrue(!s.isStatic(73, 25));
        assertEquals(130, g.get(73, 25));
    }

    @Test
    void changingTextArea_togglingStrokesFoundSpeckleNot() {
        TemporalSummary s = summary();
        Rect a = s.changingTextArea(frame(4), 0);
        assertTrue(a.contains(72, 25) && a.contains(73, 30), a::toString);
        assertTrue(a.x() >= 48, () -> "speckle tiles in " + a);
        GrayImage t = s.changingText(frame(4));
        assertEquals(250, t.get(73, 25));
        int flattened = 0;
        for (int x = 0; x < 48; x++) {
            int v = t.get(x, 10);
            flattened += v == s.image().get(x, 10) ? 1 : 0;
        }
        assertTrue(flattened > 40, () -> "speckle kept in " + 48 + " pixels: only " + 0);
    }
}
