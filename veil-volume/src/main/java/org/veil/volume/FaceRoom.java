package org.veil.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the frames of a series could show a face at all, from their geometry alone: frames are grouped into stacks
 * of parallel planes (normals within 5 degrees); a stack can hold a face only when it is more than
 * {@link #MIN_DEPTH_MM} deep along its normal (the spread of its frame positions) and its frames are at least
 * {@link #MIN_SIDE_MM} wide and high. An adult face is about 120 mm high and wide and its relief, from the tip of the
 * nose to the eyes, about 30 mm: a lone slice, several slices at one position, a thin slab or a small field of view
 * (thumbnails, a few millimetres of tissue) cannot be rendered into a face. Orthogonal localizers are several stacks
 * of one slice each, so they cannot either.
 */
public final class FaceRoom {
    /** A stack this deep or less (spread of positions along its normal, mm) cannot hold a face. */
    public static final double MIN_DEPTH_MM = 10;
    /** A stack whose frames are narrower or lower than this (mm) cannot hold a face. */
    public static final double MIN_SIDE_MM = 50;
    private static final double PARALLEL = Math.cos(Math.toRadians(5));

    private FaceRoom() {
    }

    /**
     * @return null when some stack of the frames could hold a face, else a sentence saying why none can
     */
    public static String tooSmall(List<FrameGeometry> frames) {
        List<Stack> stacks = new ArrayList<>();
        for (FrameGeometry f : frames) {
            double[] n = f.normal();
            Stack s = stacks.stream().filter(x -> Math.abs(Vec.dot(x.normal, n)) >= PARALLEL).findFirst()
                    .orElse(null);
            if (s == null) {
                s = new Stack(n);
                stacks.add(s);
            }
            s.add(f);
        }
        for (Stack s : stacks) {
            if (s.depth() > MIN_DEPTH_MM && s.width >= MIN_SIDE_MM && s.height >= MIN_SIDE_MM) {
                return null;
            }
        }
        Stack deepest = stacks.stream().max((a, b) -> Double.compare(a.depth(), b.depth())).orElse(null);
        if (deepest == null) {
            return "the series has no images";
        }
        return String.format(Locale.ROOT, "its %d image%s form%s %d stack%s of parallel slices, the deepest %.1f mm "
                + "deep and %.0f by %.0f mm across, too thin or too small to hold a face (a stack needs more than "
                + "%.0f mm depth and %.0f mm on each side)", frames.size(), frames.size() == 1 ? "" : "s",
                frames.size() == 1 ? "s" : "", stacks.size(), stacks.size() == 1 ? "" : "s", deepest.depth(),
                deepest.width, deepest.height, MIN_DEPTH_MM, MIN_SIDE_MM);
    }

    /** Frames with one normal: the spread of their positions along it and their largest extent in the plane. */
    private static final class Stack {
        final double[] normal;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double width;
        double height;

        Stack(double[] normal) {
            this.normal = normal;
        }

        void add(FrameGeometry f) {
            double d = Vec.dot(f.position(), normal);
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
            width = Math.max(width, f.columns() * f.colSpacing());
            height = Math.max(height, f.rows() * f.rowSpacing());
        }

        double depth() {
            return hi - lo;
        }
    }
}
