package org.veil.pixel.text;

import java.util.Arrays;
import org.veil.pixel.frame.Rect;

/** The background around a box: the median of the unmasked cells in a two-cell ring just outside it. */
final class BackgroundEstimate {
    private BackgroundEstimate() {
    }

    static long ringMedian(long[] v, boolean[] mask, int w, int h, Rect r) {
        long[] ring = new long[2 * (r.width() + r.height() + 8) * 2 + 16];
        int n = 0;
        for (int y = r.y() - 2; y < r.y() + r.height() + 2; y++) {
            for (int x = r.x() - 2; x < r.x() + r.width() + 2; x++) {
                if (x < 0 || y < 0 || x >= w || y >= h || r.contains(x, y) || mask[y * w + x]) {
                    continue;
                }
                if (n == ring.length) {
                    ring = Arrays.copyOf(ring, n * 2);
                }
                ring[n++] = v[y * w + x];
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(ring, 0, n);
        return ring[n / 2];
    }
}
