package org.veil.pixel.redact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Luminance;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextDetector;

/**
 * The second pass of {@link TextRedactor}: cleaned frames are searched again around every removed area (with a
 * margin of the largest glyph height, overlapping ones joined), and a box found there that lies at least half inside
 * removed areas is a leftover. Frames are given one at a time, in order, either while they are erased or decoded
 * again afterwards; the luminance buffers are reused from frame to frame. With the first pass's {@link RowRanges},
 * luminance is computed only for the rows the erase touched (for the frame's range) and the searched areas (for the
 * search), which gives the same bytes there as the whole frame's luminance. Not thread-safe.
 */
final class LeftoverSearch {
    private final TextDetector detector;
    private final ImageDescriptor d;
    private final List<Rect> areas;
    private final List<Rect> around;
    private final Set<Rect> found = new LinkedHashSet<>();
    private final int[] work;
    private final byte[] gray;
    private final RowRanges before;
    private final boolean[] touched;
    private final KeptAreas kept;

    /**
     * @param before the rows' ranges of the frames before this erase, or null (whole frames are converted then)
     * @param kept the kept words' ink: a box over a kept word with no more glyphs than it is that word, not a leftover
     */
    LeftoverSearch(TextDetector detector, ImageDescriptor d, List<Rect> areas, RowRanges before, KeptAreas kept) {
        this.kept = kept;
        this.detector = detector;
        this.d = d;
        this.areas = List.copyOf(areas);
        this.around = around(areas, d, detector.settings().maxHeight());
        this.work = new int[d.columns() * d.rows()];
        this.gray = new byte[d.columns() * d.rows()];
        this.before = before;
        this.touched = new boolean[d.rows()];
        for (Rect a : areas) {
            Rect c = a.clip(d.columns(), d.rows());
            java.util.Arrays.fill(touched, c.y(), c.y() + c.height(), !c.isEmpty());
        }
    }

    /** Searches cleaned frame {@code index} (the frame is not kept). */
    void frame(Frame f, int index) throws UnsupportedPixelCodingException {
        long[] rows = before == null ? null : before.frame(index);
        GrayImage g = rows == null ? Luminance.of(f, d, work, gray) : aroundOnly(f, rows);
        for (Rect a : around) {
            for (TextBox b : detector.detect(g, a)) {
                if (insideShare(b.rect(), areas) >= 0.5 && !kept.isKeptWord(b)) {
                    found.add(b.rect());
                }
            }
        }
    }

    /** Luminance of the searched areas only; the frame's range from the touched rows and the recorded ones. */
    GrayImage aroundOnly(Frame f, long[] rows) {
        int w = d.columns();
        long range = Luminance.EMPTY;
        for (int y = 0; y < rows.length; y++) {
            range = Luminance.union(range, touched[y] ? Luminance.raw(f, d, work, y * w, (y + 1) * w) : rows[y]);
        }
        for (Rect a : around) {
            for (int y = a.y(); y < a.y() + a.height(); y++) {
                if (!touched[y]) {
                    Luminance.raw(f, d, work, y * w + a.x(), y * w + a.x() + a.width());
                }
            }
        }
        for (Rect a : around) {
            for (int y = a.y(); y < a.y() + a.height(); y++) {
                Luminance.stretch(work, range, d, gray, y * w + a.x(), y * w + a.x() + a.width());
            }
        }
        return new GrayImage(w, d.rows(), gray);
    }

    /** The leftovers found so far, in the order first found. */
    List<Rect> found() {
        return new ArrayList<>(found);
    }

    /** Where the search looks (for tests). */
    List<Rect> around() {
        return around;
    }

    private static List<Rect> around(List<Rect> areas, ImageDescriptor d, int m) {
        List<TextBox> grown = new ArrayList<>();
        for (Rect a : areas) {
            grown.add(new TextBox(new Rect(a.x() - m, a.y() - m, a.width() + 2 * m, a.height() + 2 * m)
                    .clip(d.columns(), d.rows()), 0));
        }
        List<Rect> out = new ArrayList<>();
        for (TextBox b : TextDetector.merge(grown)) {
            out.add(b.rect());
        }
        return out;
    }

    private static double insideShare(Rect b, List<Rect> areas) {
        long inside = 0;
        for (int y = b.y(); y < b.y() + b.height(); y++) {
            for (int x = b.x(); x < b.x() + b.width(); x++) {
                for (Rect a : areas) {
                    if (a.contains(x, y)) {
                        inside++;
                        break;
                    }
                }
            }
        }
        return (double) inside / Math.max(1, (long) b.width() * b.height());
    }
}
