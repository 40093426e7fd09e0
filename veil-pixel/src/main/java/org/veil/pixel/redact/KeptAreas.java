package org.veil.pixel.redact;

import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.InkMask;
import org.veil.pixel.text.TemporalSummary;
import org.veil.pixel.text.TextBox;

/**
 * The ink of kept boxes, which removed boxes around them no longer paint over: a harmless word beside colour flow or
 * a label edge is often overlapped by a box that is removed (a line of flow patches, a neighbour's padding), and
 * would be lost with it. Only the ink OCR read is protected ({@link InkMask}: the pixels drawn in the text's value,
 * without what touches the box's border), with a margin of one pixel; on a cine only when every ink pixel is static
 * (the same in all frames, as it was judged) and at most three quarters of the ink's area changes, so changing text never hides
 * under a kept word.
 */
final class KeptAreas {
    private static final int MARGIN = 1;
    /**
     * Share of a kept word's ink area on a cine that may change between frames: the ink itself must be static, the
     * background between its strokes may change (colour flow behind a word changes in most of it).
     */
    private static final double MAX_CHANGING = 0.75;
    private final List<Core> cores = new ArrayList<>();

    /**
     * Remembers the ink of a kept box judged from {@code crop} ({@code summary}, when not null, says which pixels are
     * static).
     */
    void add(TextBox box, GrayImage crop, TemporalSummary summary) {
        Rect r = box.rect();
        InkMask mask = InkMask.of(crop);
        Rect ink = mask.area();
        if (ink == null || summary != null && !staticInk(mask, ink, r, summary)) {
            return;
        }
        cores.add(new Core(new Rect(r.x() + ink.x() - MARGIN, r.y() + ink.y() - MARGIN, ink.width() + 2 * MARGIN,
                ink.height() + 2 * MARGIN), box.glyphs()));
    }

    /**
     * True when every ink pixel is static and at most {@link #MAX_CHANGING} of the ink's area changes (flow or
     * speckle between the strokes): what OCR read is then the same in every frame.
     */
    private static boolean staticInk(InkMask mask, Rect ink, Rect box, TemporalSummary summary) {
        int changing = 0;
        for (int y = ink.y(); y < ink.y() + ink.height(); y++) {
            for (int x = ink.x(); x < ink.x() + ink.width(); x++) {
                boolean still = summary.isStatic(box.x() + x, box.y() + y);
                if (!still && mask.ink(x, y)) {
                    return false;
                }
                changing += still ? 0 : 1;
            }
        }
        return changing <= MAX_CHANGING * ink.width() * ink.height();
    }

    /**
     * A cine box's crop of the static summary with its changing pixels set to the crop's median: static text is
     * made of static pixels, so flow or speckle that happens to reach the text's value is not read as ink.
     */
    static GrayImage flattened(GrayImage crop, Rect box, TemporalSummary summary) {
        int[] hist = new int[256];
        for (byte b : crop.pixels()) {
            hist[b & 0xFF]++;
        }
        int median = 0;
        for (int seen = 0; median < 255 && (seen += hist[median]) <= crop.pixels().length / 2; median++) {
            continue;
        }
        byte[] out = crop.pixels().clone();
        for (int y = 0; y < crop.height(); y++) {
            for (int x = 0; x < crop.width(); x++) {
                if (!summary.isStatic(box.x() + x, box.y() + y)) {
                    out[y * crop.width() + x] = (byte) median;
                }
            }
        }
        return new GrayImage(crop.width(), crop.height(), out);
    }

    /** The removed areas with every protected core cut out (each area split into at most four around a core). */
    List<Rect> carve(List<Rect> areas) {
        List<Rect> out = new ArrayList<>(areas);
        for (Core c : cores) {
            List<Rect> next = new ArrayList<>();
            for (Rect a : out) {
                next.addAll(minus(a, c.rect()));
            }
            out = next;
        }
        return out;
    }

    /**
     * True when a box found by the second pass is a kept word: it overlaps the word's ink and holds no more glyphs
     * than the kept box did (text left in a removed area beside the word would add its own).
     */
    boolean isKeptWord(TextBox found) {
        for (Core c : cores) {
            if (overlaps(found.rect(), c.rect()) && found.glyphs() <= c.glyphs()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Rect a, Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    static List<Rect> minus(Rect a, Rect c) {
        int ax1 = a.x() + a.width();
        int ay1 = a.y() + a.height();
        int cx0 = Math.max(a.x(), c.x());
        int cy0 = Math.max(a.y(), c.y());
        int cx1 = Math.min(ax1, c.x() + c.width());
        int cy1 = Math.min(ay1, c.y() + c.height());
        if (cx0 >= cx1 || cy0 >= cy1) {
            return List.of(a);
        }
        List<Rect> out = new ArrayList<>();
        addIfAny(out, a.x(), a.y(), a.width(), cy0 - a.y());
        addIfAny(out, a.x(), cy1, a.width(), ay1 - cy1);
        addIfAny(out, a.x(), cy0, cx0 - a.x(), cy1 - cy0);
        addIfAny(out, cx1, cy0, ax1 - cx1, cy1 - cy0);
        return out;
    }

    /** A kept word's protected ink area, and the glyphs of the box it was read from. */
    private record Core(Rect rect, int glyphs) {
    }

    private static void addIfAny(List<Rect> out, int x, int y, int w, int h) {
        if (w > 0 && h > 0) {
            out.add(new Rect(x, y, w, h));
        }
    }
}
