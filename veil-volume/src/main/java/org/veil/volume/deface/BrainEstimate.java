package org.veil.volume.deface;

/**
 * Where the brain is, estimated from the anatomy: the deepest point of the head lies in the brain; the tissue whose
 * value is close to the value around that point (CT: -30..+40 HU of it; MR: 0.6..1.3 times it) is eroded by
 * {@link #EROSION_MM} to cut it loose from scalp and face, the part holding most of the sphere of
 * {@link #CORE_MM} around the deepest point is kept and dilated back by {@link #DILATION_MM}.
 *
 * @param brain      true for voxels of the estimated brain
 * @param voxels     how many
 * @param millilitres its volume
 * @param centre     grid index of the deepest point of the head
 * @param depthMm    its depth below the skin
 */
record BrainEstimate(boolean[] brain, int voxels, double millilitres, int centre, double depthMm) {
    static final double EROSION_MM = 4.5;
    static final double DILATION_MM = 5.5;
    static final double CORE_MM = 20;

    static BrainEstimate of(WorkGrid g, HeadMask head, boolean ct) {
        float[] depth = Distance.toOutside(head.head(), g.ni, g.nj, g.nk, g.spacing);
        int c = 0;
        for (int x = 1; x < depth.length; x++) {
            if (depth[x] > depth[c]) {
                c = x;
            }
        }
        boolean[] core = sphere(g, c, CORE_MM, head.head());
        double median = median(g, core);
        double lo = ct ? median - 30 : median * 0.6;
        double hi = ct ? median + 40 : median * 1.3;
        boolean[] tissue = new boolean[g.size()];
        for (int x = 0; x < tissue.length; x++) {
            float v = g.values[x];
            tissue[x] = head.head()[x] && v >= lo && v <= hi;
        }
        float[] inner = Distance.toOutside(tissue, g.ni, g.nj, g.nk, g.spacing);
        boolean[] eroded = new boolean[g.size()];
        for (int x = 0; x < eroded.length; x++) {
            eroded[x] = inner[x] > EROSION_MM;
        }
        boolean[] part = new Components(g.ni, g.nj, g.nk).heaviest(eroded, core);
        boolean[] outsidePart = new boolean[g.size()];
        for (int x = 0; x < part.length; x++) {
            outsidePart[x] = !part[x];
        }
        float[] toPart = Distance.toOutside(outsidePart, g.ni, g.nj, g.nk, g.spacing, Distance.Edge.SET);
        boolean[] brain = new boolean[g.size()];
        int n = 0;
        for (int x = 0; x < brain.length; x++) {
            brain[x] = toPart[x] <= DILATION_MM + 1e-3 && head.head()[x];
            n += brain[x] ? 1 : 0;
        }
        double ml = n * g.spacing * g.spacing * g.spacing / 1000.0;
        return new BrainEstimate(brain, n, ml, c, depth[c]);
    }

    private static boolean[] sphere(WorkGrid g, int centre, double radiusMm, boolean[] within) {
        boolean[] s = new boolean[g.size()];
        double r2 = radiusMm * radiusMm;
        double cx = g.coordinate(centre, 0);
        double cy = g.coordinate(centre, 1);
        double cz = g.coordinate(centre, 2);
        for (int x = 0; x < s.length; x++) {
            if (within[x]) {
                double dx = g.coordinate(x, 0) - cx;
                double dy = g.coordinate(x, 1) - cy;
                double dz = g.coordinate(x, 2) - cz;
                s[x] = dx * dx + dy * dy + dz * dz < r2;
            }
        }
        return s;
    }

    private static double median(WorkGrid g, boolean[] where) {
        float[] v = new float[g.size()];
        int n = 0;
        for (int x = 0; x < where.length; x++) {
            if (where[x] && !Float.isNaN(g.values[x])) {
                v[n++] = g.values[x];
            }
        }
        float[] e = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(e);
        return n == 0 ? 0 : e[n / 2];
    }
}
