package org.veil.pixel.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.frame.Rect;

/**
 * Paints over boxes in every sample of a frame (integer data up to 32 bits), changing no cell outside them. Written
 * cells carry the value in Bits Stored and zero (or sign extension) elsewhere, so overlay bits do not survive inside.
 * Chroma planes of 4:2:2 frames are handled at their own width.
 *
 * <p>Boxes that lie more than {@link #REACH} cells apart cannot see each other (inpainting and the background ring
 * look {@link #REACH} cells around a cell), so each group of nearby boxes is painted in its own window: a corner
 * overlay's boxes no longer make one window that spans the whole frame. The order in which inpainting fills a group
 * and which neighbours each cell reads depend only on the boxes, so an instance works them out once
 * ({@link InpaintPlan}) and reuses them for every frame of an image. Not thread-safe (one instance per image).
 */
public final class TextEraser {
    /** Cells around a removed area that inpainting (a 5x5 window) and the background ring read. */
    public static final int REACH = 2;

    private final ImageDescriptor d;
    private final List<Rect> rects;
    private final EraseMethod method;
    private final Map<List<Integer>, List<Group>> groups = new HashMap<>();

    private TextEraser(ImageDescriptor d, List<Rect> rects, EraseMethod method) {
        this.d = d;
        this.rects = List.copyOf(rects);
        this.method = method;
    }

    /** An eraser for {@code rects} (frame coordinates) in frames of {@code d}, to be applied to many frames. */
    public static TextEraser of(ImageDescriptor d, List<Rect> rects, EraseMethod method) {
        return new TextEraser(d, rects, method);
    }

    /** @return whether any cell was written */
    public static boolean erase(Frame f, ImageDescriptor d, List<Rect> rects, EraseMethod method) {
        return of(d, rects, method).erase(f);
    }

    /** Paints over this eraser's boxes in {@code f}; @return whether any cell was written. */
    public boolean erase(Frame f) {
        boolean any = false;
        for (int s = 0; s < f.samples(); s++) {
            Plane p = f.plane(s);
            for (Group g : groups(p.width(), p.height(), f.horizontalSubsampling(s))) {
                any |= g.erase(p, s);
            }
        }
        return any;
    }

    private List<Group> groups(int w, int h, int sub) {
        return groups.computeIfAbsent(List.of(w, h, sub), k -> group(w, h, sub));
    }

    /**
     * The boxes of one plane (clipped, in plane cells) in groups: two boxes whose {@link #REACH} surroundings meet
     * are in the same group, each group keeps the boxes' order.
     */
    private List<Group> group(int w, int h, int sub) {
        List<Rect> clipped = new ArrayList<>();
        for (Rect r : rects) {
            Rect c = planeRect(r, sub).clip(w, h);
            if (!c.isEmpty()) {
                clipped.add(c);
            }
        }
        int[] root = new int[clipped.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            for (int j = 0; j < i; j++) {
                if (near(clipped.get(i), clipped.get(j))) {
                    int a = find(root, i);
                    int b = find(root, j);
                    root[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<Rect>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < root.length; i++) {
            members.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(clipped.get(i));
        }
        boolean palette = d.photometric() == PhotometricInterpretation.PALETTE_COLOR;
        List<Group> out = new ArrayList<>();
        for (List<Rect> m : members.values()) {
            out.add(new Group(window(m, w, h), m, palette));
        }
        return out;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }

    private static boolean near(Rect a, Rect b) {
        int gap = 2 * REACH;
        return a.x() - gap < b.x() + b.width() && b.x() - gap < a.x() + a.width() && a.y() - gap < b.y() + b.height()
                && b.y() - gap < a.y() + a.height();
    }

    /** The boxes' bounding box with the {@link #REACH} cells around it, clipped to the plane. */
    private static Rect window(List<Rect> rects, int w, int h) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Rect c : rects) {
            x0 = Math.min(x0, c.x());
            y0 = Math.min(y0, c.y());
            x1 = Math.max(x1, c.x() + c.width());
            y1 = Math.max(y1, c.y() + c.height());
        }
        return new Rect(x0 - REACH, y0 - REACH, x1 - x0 + 2 * REACH, y1 - y0 + 2 * REACH).clip(w, h);
    }

    static boolean[] mask(int w, int h, List<Rect> rects, int sub) {
        boolean[] m = new boolean[w * h];
        for (Rect r : rects) {
            Rect c = planeRect(r, sub).clip(w, h);
            for (int y = c.y(); y < c.y() + c.height(); y++) {
                Arrays.fill(m, y * w + c.x(), y * w + c.x() + c.width(), true);
            }
        }
        return m;
    }

    static Rect planeRect(Rect r, int sub) {
        if (sub == 1) {
            return r;
        }
        int x0 = Math.floorDiv(r.x(), sub);
        int x1 = Math.floorDiv(r.x() + r.width() + sub - 1, sub);
        return new Rect(x0, r.y(), x1 - x0, r.height());
    }

    /** Nearby boxes of one plane and the window around them (the boxes relative to it). */
    private final class Group {
        private final Rect win;
        private final List<Rect> local = new ArrayList<>();
        private final boolean palette;
        private InpaintPlan plan;

        Group(Rect win, List<Rect> boxes, boolean palette) {
            this.win = win;
            this.palette = palette;
            for (Rect c : boxes) {
                local.add(new Rect(c.x() - win.x(), c.y() - win.y(), c.width(), c.height()));
            }
        }

        boolean erase(Plane p, int sample) {
            if (method == EraseMethod.INPAINT) {
                if (plan == null) {
                    plan = InpaintPlan.of(mask(win.width(), win.height(), local, 1), win, p.width());
                }
                return plan.apply(p.ints(), new CellCoding(d), palette, sample);
            }
            boolean[] mask = mask(win.width(), win.height(), local, 1);
            CellCoding coding = new CellCoding(d);
            long[] v = values(p, coding);
            if (!background(v, mask, win.width(), win.height())) {
                return false;
            }
            int[] cells = p.ints();
            for (int i = 0; i < v.length; i++) {
                if (mask[i]) {
                    cells[(win.y() + i / win.width()) * p.width() + win.x() + i % win.width()] = coding.cell(v[i]);
                }
            }
            return true;
        }

        private boolean background(long[] v, boolean[] mask, int w, int h) {
            for (Rect c : local) {
                long fill = BackgroundEstimate.ringMedian(v, mask, w, h, c);
                for (int y = c.y(); y < c.y() + c.height(); y++) {
                    Arrays.fill(v, y * w + c.x(), y * w + c.x() + c.width(), fill);
                }
            }
            return !local.isEmpty();
        }

        private long[] values(Plane p, CellCoding coding) {
            int[] cells = p.ints();
            long[] v = new long[win.width() * win.height()];
            for (int y = 0; y < win.height(); y++) {
                for (int x = 0; x < win.width(); x++) {
                    v[y * win.width() + x] = coding.value(cells[(win.y() + y) * p.width() + win.x() + x]);
                }
            }
            return v;
        }
    }
}
