package org.veil.testkit.burnedin;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Draws text into sample planes (int arrays, row-major) without anti-aliasing, as devices burn overlays in, and
 * reports the pixels it set. Headless.
 */
public final class TextPainter {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TextPainter() {
    }

    /**
     * Draws {@code text} with its top-left corner near (x, y) into every plane, writing {@code values[p]} into plane p.
     *
     * @return what was drawn, or null when the text does not fit inside the frame
     */
    public static DrawnText draw(int[][] planes, int w, int h, TextCategory category, String text, TextStyle style,
                                 int x, int y, int[] values) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        org.veil.testkit.Fonts.require();
        Font font = new Font(style.family(), style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size());
        g.setFont(font);
        int ascent = g.getFontMetrics().getAscent();
        if (style.vertical()) {
            g.setTransform(AffineTransform.getRotateInstance(-Math.PI / 2, x, y));
            g.drawString(text, x - g.getFontMetrics().stringWidth(text), y + ascent);
        } else {
            g.drawString(text, x, y + ascent);
        }
        g.dispose();
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int i = 0; i < px.length; i++) {
            if (px[i] != 0) {
                x0 = Math.min(x0, i % w);
                x1 = Math.max(x1, i % w);
                y0 = Math.min(y0, i / w);
                y1 = Math.max(y1, i / w);
            }
        }
        if (x1 < 0 || x0 == 0 || y0 == 0 || x1 == w - 1 || y1 == h - 1) {
            return null;
        }
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        boolean[] mask = new boolean[bw * bh];
        for (int yy = y0; yy <= y1; yy++) {
            for (int xx = x0; xx <= x1; xx++) {
                if (px[yy * w + xx] != 0) {
                    mask[(yy - y0) * bw + xx - x0] = true;
                    for (int p = 0; p < planes.length; p++) {
                        planes[p][yy * w + xx] = values[p];
                    }
                }
            }
        }
        return new DrawnText(category, text, x0, y0, bw, bh, mask, values[0]);
    }
}
