package org.veil.testkit.burnedin;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a set of words into a frame at random, non-overlapping places: each word gets its own band of rows and a
 * random column, a random font family, size and weight, and a polarity (bright text, or dark text on a light label,
 * as on screen captures). Deterministic for a given {@link Random}.
 */
public final class OverlayScene {
    private final int[][] planes;
    private final int width;
    private final int height;
    private final int low;
    private final int high;
    private final Random random;
    private final int[] sizes;
    private final List<DrawnText> drawn = new ArrayList<>();
    private int nextTop = 4;

    /**
     * @param planes sample planes of one frame, row-major, changed in place
     * @param low    the darkest stored value to draw (per plane the same)
     * @param high   the brightest
     * @param sizes  font sizes in pixels to choose from
     */
    public OverlayScene(int[][] planes, int width, int height, int low, int high, Random random, int... sizes) {
        this.planes = planes;
        this.width = width;
        this.height = height;
        this.low = low;
        this.high = high;
        this.random = random;
        this.sizes = sizes.clone();
    }

    /**
     * Draws one word in the next free band.
     *
     * @return what was drawn, or null when the frame is full or the word does not fit
     */
    public DrawnText add(TextCategory category, String text) {
        int size = sizes[random.nextInt(sizes.length)];
        String family = TextStyle.FAMILIES[random.nextInt(TextStyle.FAMILIES.length)];
        TextStyle style = new TextStyle(family, random.nextBoolean(), size, false);
        int band = size * 2 + 6;
        if (nextTop + band >= height - 4) {
            return null;
        }
        int estimate = (int) (text.length() * size * 0.75) + 8;
        if (estimate >= width - 8) {
            return null;
        }
        int x = 4 + random.nextInt(Math.max(1, width - estimate - 8));
        boolean dark = random.nextInt(3) == 0;
        int[] ink = fill(dark ? low : high);
        if (dark) {
            label(x - 4, nextTop, estimate + 8, band - 4, fill(low + (high - low) * 4 / 5));
        }
        DrawnText d = TextPainter.draw(planes, width, height, category, text, style, x, nextTop + 2, ink);
        nextTop += band;
        if (d != null) {
            drawn.add(d);
        }
        return d;
    }

    /** Everything drawn so far. */
    public List<DrawnText> drawn() {
        return List.copyOf(drawn);
    }

    private int[] fill(int v) {
        int[] values = new int[planes.length];
        java.util.Arrays.fill(values, v);
        return values;
    }

    private void label(int x, int y, int w, int h, int[] values) {
        for (int yy = Math.max(0, y); yy < Math.min(height, y + h); yy++) {
            for (int xx = Math.max(0, x); xx < Math.min(width, x + w); xx++) {
                for (int p = 0; p < planes.length; p++) {
                    planes[p][yy * width + xx] = values[p];
                }
            }
        }
    }
}
