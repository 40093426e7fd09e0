package org.veil.testkit.burnedin;

/**
 * The "hidden" criterion: a drawn text counts as hidden when none of its strokes stands out from its
 * surroundings by more than 10% of the image's range. Measured on the cleaned plane per character cell (the text's
 * height wide, every half cell): the mean, over the cell's glyph pixels, of each pixel minus the mean of the non-glyph
 * pixels within two pixels of it. A stroke still drawn gives the full stroke contrast; a smooth fill or an edge of the
 * background running through the cell averages out.
 */
public final class Visibility {
    private Visibility() {
    }

    /** The largest stroke contrast over the text's character cells, as a fraction of {@code range}. */
    public static double contrast(DrawnText t, int[] plane, int width, int height, double range) {
        int cell = Math.max(3, t.height());
        double worst = 0;
        for (int cx = t.x(); cx < t.x() + t.width(); cx += Math.max(1, cell / 2)) {
            worst = Math.max(worst, Math.abs(cellContrast(t, plane, width, height, cx, cx + cell)));
        }
        return worst / range;
    }

    public static boolean hidden(DrawnText t, int[] plane, int width, int height, double range) {
        return contrast(t, plane, width, height, range) <= 0.10;
    }

    /** True when every glyph pixel still holds the drawn value (the text was kept as it was). */
    public static boolean kept(DrawnText t, int[] plane, int width) {
        for (int y = t.y(); y < t.y() + t.height(); y++) {
            for (int x = t.x(); x < t.x() + t.width(); x++) {
                if (t.isGlyph(x, y) && plane[y * width + x] != t.value()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double cellContrast(DrawnText t, int[] plane, int width, int height, int x0, int x1) {
        double sum = 0;
        int n = 0;
        for (int y = t.y(); y < t.y() + t.height(); y++) {
            for (int x = x0; x < Math.min(x1, t.x() + t.width()); x++) {
                if (!t.isGlyph(x, y)) {
                    continue;
                }
                double around = 0;
                int na = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < width && yy < height && !t.isGlyph(xx, yy)) {
                            around += plane[yy * width + xx];
                            na++;
                        }
                    }
                }
                if (na > 0) {
                    sum += plane[y * width + x] - around / na;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
