package org.veil.pixel.codec.jpeg;

import java.awt.Rectangle;

/**
 * Replaces every block of every component that holds a sample of a region with a flat block: all AC coefficients 0
 * and the DC coefficient whose reconstruction is closest to the fill value. Blocks outside the region are not touched.
 *
 * <p>A sample i of a component with sampling factor Hi covers the full-resolution columns [i * Hmax / Hi,
 * (i + 1) * Hmax / Hi); it belongs to the region when that span meets it (likewise for lines). The blocks changed
 * therefore cover the region rounded out to 8 component samples, which for a subsampled component is 8 * Hmax / Hi
 * columns; the union over components lies within the region rounded out to whole MCUs.
 */
final class BlockRedactor {
    private BlockRedactor() {
    }

    /** Redacts and returns the region rounded out to MCU boundaries and clipped to the image (empty if none). */
    static Rectangle redact(FrameHeader frame, CoefficientPlane[] planes, QuantTable[] quant, Rectangle region,
                            int[] fill) {
        Rectangle r = region.intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (r.isEmpty()) {
            return new Rectangle();
        }
        int hmax = frame.maxHorizontalSampling();
        int vmax = frame.maxVerticalSampling();
        for (int i = 0; i < planes.length; i++) {
            FrameComponent c = frame.components().get(i);
            int x0 = r.x * c.horizontalSampling() / hmax / 8;
            int x1 = (FrameHeader.ceilDiv((r.x + r.width) * c.horizontalSampling(), hmax) - 1) / 8;
            int y0 = r.y * c.verticalSampling() / vmax / 8;
            int y1 = (FrameHeader.ceilDiv((r.y + r.height) * c.verticalSampling(), vmax) - 1) / 8;
            short[] flat = new short[64];
            flat[0] = (short) flatDc(fill[i], quant[i].value(0), frame.precision());
            for (int by = y0; by <= Math.min(y1, planes[i].visibleBlocksHigh() - 1); by++) {
                for (int bx = x0; bx <= Math.min(x1, planes[i].visibleBlocksWide() - 1); bx++) {
                    planes[i].setBlock(bx, by, flat);
                }
            }
        }
        return mcuBounds(frame, r);
    }

    /**
     * The quantized DC whose block reconstructs closest to fill: a DC-only block reconstructs to
     * DC * Q0 / 8 + 2^(P-1) at every sample (T.81 A.3.3), so DC = round((fill - 2^(P-1)) * 8 / Q0).
     */
    static int flatDc(int fill, int q0, int precision) {
        int max = (1 << precision) - 1;
        if (fill < 0 || fill > max) {
            throw new IllegalArgumentException("fill value " + fill + " outside 0.." + max);
        }
        int shifted = (fill - (1 << (precision - 1))) * 8;
        int dc = Math.floorDiv(2 * shifted + q0, 2 * q0);
        int limit = (1 << (precision + 2)) / q0;
        return Math.max(-limit, Math.min(limit, dc));
    }

    private static Rectangle mcuBounds(FrameHeader frame, Rectangle r) {
        int mw = 8 * frame.maxHorizontalSampling();
        int mh = 8 * frame.maxVerticalSampling();
        int x0 = r.x / mw * mw;
        int y0 = r.y / mh * mh;
        int x1 = Math.min(frame.width(), FrameHeader.ceilDiv(r.x + r.width, mw) * mw);
        int y1 = Math.min(frame.height(), FrameHeader.ceilDiv(r.y + r.height, mh) * mh);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }
}
