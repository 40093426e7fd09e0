package org.veil.testkit.burnedin;

/**
 * One word or line drawn into a frame.
 *
 * @param category what it stands for
 * @param text     the text drawn
 * @param x        left of the tight box of its set pixels
 * @param y        top of that box
 * @param width    its width
 * @param height   its height
 * @param glyph    row-major mask over the tight box: true where the text set the pixel
 * @param value    the stored value drawn
 */
public record DrawnText(TextCategory category, String text, int x, int y, int width, int height, boolean[] glyph,
                        int value) {

    /** True when (px, py) is a glyph pixel. */
    public boolean isGlyph(int px, int py) {
        int dx = px - x;
        int dy = py - y;
        return dx >= 0 && dy >= 0 && dx < width && dy < height && glyph[dy * width + dx];
    }

    /** Number of glyph pixels. */
    public int glyphPixels() {
        int n = 0;
        for (boolean g : glyph) {
            n += g ? 1 : 0;
        }
        return n;
    }

    @Override
    public String toString() {
        return category + " '" + text + "' at " + x + "," + y + " " + width + "x" + height;
    }
}
