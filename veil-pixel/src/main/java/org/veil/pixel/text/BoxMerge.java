package org.veil.pixel.text;

import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.frame.Rect;

/**
 * Joins boxes that mostly overlap (the same line found in both polarities or at several thresholds), in one pass;
 * boxes that only touch, or whose union would be much larger, stay apart, so that one large box cannot swallow its
 * neighbours one after another.
 */
final class BoxMerge {
    private BoxMerge() {
    }

    static List<TextBox> merge(List<TextBox> boxes) {
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : boxes) {
            int into = -1;
            for (int i = 0; i < out.size() && into < 0; i++) {
                if (mostlyOverlap(out.get(i).rect(), b.rect())) {
                    into = i;
                }
            }
            if (into < 0) {
                out.add(b);
            } else {
                TextBox a = out.get(into);
                out.set(into, new TextBox(union(a.rect(), b.rect()), Math.max(a.glyphs(), b.glyphs())));
            }
        }
        return out;
    }

    /**
     * True when their intersection covers at least half of the smaller one and their union is not much larger than
     * the larger one (so joining never grows a box step by step).
     */
    static boolean mostlyOverlap(Rect a, Rect b) {
        Rect u = union(a, b);
        long larger = Math.max((long) a.width() * a.height(), (long) b.width() * b.height());
        if (2L * u.width() * u.height() > 3 * larger) {
            return false;
        }
        long ix = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        long iy = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        if (ix <= 0 || iy <= 0) {
            return false;
        }
        long smaller = Math.min((long) a.width() * a.height(), (long) b.width() * b.height());
        return 2 * ix * iy >= smaller;
    }

    static boolean overlaps(Rect a, Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    static Rect union(Rect a, Rect b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        int x1 = Math.max(a.x() + a.width(), b.x() + b.width());
        int y1 = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
