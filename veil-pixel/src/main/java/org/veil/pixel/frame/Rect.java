package org.veil.pixel.frame;

/**
 * A rectangle of pixels: columns [x, x + width), rows [y, y + height), in frame coordinates (0,0 top left).
 *
 * @param x      first column, may be negative before clipping
 * @param y      first row, may be negative before clipping
 * @param width  number of columns, at least 0
 * @param height number of rows, at least 0
 */
public record Rect(int x, int y, int width, int height) {

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    /** True when no pixel is inside. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** This rectangle cut to a frame of the given size; empty when they do not overlap. */
    public Rect clip(int columns, int rows) {
        long x0 = Math.max(0, x);
        long y0 = Math.max(0, y);
        long x1 = Math.min(columns, (long) x + width);
        long y1 = Math.min(rows, (long) y + height);
        if (x1 <= x0 || y1 <= y0) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect((int) x0, (int) y0, (int) (x1 - x0), (int) (y1 - y0));
    }

    /** True when the pixel (px, py) lies inside. */
    public boolean contains(int px, int py) {
        return px >= x && py >= y && (long) px < (long) x + width && (long) py < (long) y + height;
    }

    /** The share (0..1) of this rectangle's pixels that lie inside at least one of {@code areas} (0 when empty). */
    public double shareInside(java.util.List<Rect> areas) {
        long inside = 0;
        for (int py = y; py < y + height; py++) {
            for (int px = x; px < x + width; px++) {
                for (Rect a : areas) {
                    if (a.contains(px, py)) {
                        inside++;
                        break;
                    }
                }
            }
        }
        return (double) inside / Math.max(1, (long) width * height);
    }
}
