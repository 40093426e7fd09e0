package org.veil.pixel.redact;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.veil.pixel.text.TextEraser;

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
    private final byte[][] last;
    private final byte[][] scratch;
    private int searched;

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
            Arrays.fill(touched, c.y(), c.y() + c.height(), !c.isEmpty());
        }
        this.last = new byte[around.size()][];
        this.scratch = new byte[around.size()][];
        for (int k = 0; k < around.size(); k++) {
            scratch[k] = new byte[around.get(k).width() * around.get(k).height()];
        }
    }

    /**
     * Searches cleaned frame {@code index} (the frame is not kept). An area whose luminance is byte for byte what it
     * was in the frame searched before is not searched again: detection sees nothing else, so it would find the same
     * boxes (a static overlay on a still background is searched once per cine, not once per frame).
     */
    void frame(Frame f, int index) throws UnsupportedPixelCodingException {
        long[] rows = before == null ? null : before.frame(index);
        if (before != null && rows == null) {
            throw new IllegalStateException("frame " + index + " was not seen by the first pass");
        }
        GrayImage g = rows == null ? Luminance.of(f, d, work, gray) : aroundOnly(f, rows);
        for (int k = 0; k < around.size(); k++) {
            Rect a = around.get(k);
            if (sameAsBefore(k, g, a)) {
                continue;
            }
            searched++;
            for (TextBox b : detector.detect(g, a)) {
                if (b.rect().shareInside(areas) >= 0.5 && !kept.isKeptWord(b)) {
                    found.add(b.rect());
                }
            }
        }
    }

    /** True when area {@code k} of {@code g} holds the bytes it held when last searched; remembers them if not. */
    private boolean sameAsBefore(int k, GrayImage g, Rect a) {
        byte[] now = scratch[k];
        int w = g.width();
        for (int y = 0; y < a.height(); y++) {
            System.arraycopy(g.pixels(), (a.y() + y) * w + a.x(), now, y * a.width(), a.width());
        }
        if (last[k] != null && Arrays.equals(now, last[k])) {
            return true;
        }
        scratch[k] = last[k] == null ? new byte[now.length] : last[k];
        last[k] = now;
        return false;
    }

    /**
     * The rows a frame's erase and search read (the searched areas, the removed areas and their inpainting ring),
     * when the first pass's row ranges are known; every row otherwise (the whole frame's luminance is needed then).
     */
    boolean[] rowsRead() {
        boolean[] read = new boolean[d.rows()];
        if (before == null) {
            Arrays.fill(read, true);
            return read;
        }
        for (Rect a : around) {
            Arrays.fill(read, a.y(), a.y() + a.height(), true);
        }
        for (Rect a : areas) {
            Rect c = new Rect(a.x(), a.y() - TextEraser.REACH, a.width(), a.height() + 2 * TextEraser.REACH)
                    .clip(d.columns(), d.rows());
            Arrays.fill(read, c.y(), c.y() + c.height(), !c.isEmpty());
        }
        return read;
    }

    /** How many areas were searched, over all frames (areas unchanged since the frame before are not; for tests). */
    int searched() {
        return searched;
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

    /** The rows an erase of the removed areas changes. */
    boolean[] rowsWritten() {
        return Arrays.copyOf(touched, touched.length);
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
}
