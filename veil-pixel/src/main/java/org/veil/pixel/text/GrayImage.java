package org.veil.pixel.text;

import org.veil.pixel.frame.Rect;

/**
 * An 8-bit luminance image (0 black .. 255 white), row-major, for detection and OCR only; never written out.
 *
 * @param width  columns
 * @param height rows
 * @param pixels {@code width * height} unsigned bytes
 */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("gray image " + width + "x" + height + " with " + pixels.length
                    + " pixels");
        }
    }

    /** A zeroed image. */
    public static GrayImage blank(int width, int height) {
        return new GrayImage(width, height, new byte[width * height]);
    }

    /** The value at (x, y), 0..255. */
    public int get(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    public void set(int x, int y, int v) {
        pixels[y * width + x] = (byte) Math.max(0, Math.min(255, v));
    }

    /** A copy of a rectangle, which is clipped to the image (it must overlap it). */
    public GrayImage crop(Rect r) {
        Rect c = r.clip(width, height);
        if (c.isEmpty()) {
            throw new IllegalArgumentException("crop " + r + " outside " + width + "x" + height);
        }
        byte[] out = new byte[c.width() * c.height()];
        for (int y = 0; y < c.height(); y++) {
            System.arraycopy(pixels, (c.y() + y) * width + c.x(), out, y * c.width(), c.width());
        }
        return new GrayImage(c.width(), c.height(), out);
    }

    /** A 64-bit content hash, to recognise the same box in several frames. */
    public long contentHash() {
        long h = 0xcbf29ce484222325L ^ width * 31L ^ height;
        for (byte b : pixels) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }
}
