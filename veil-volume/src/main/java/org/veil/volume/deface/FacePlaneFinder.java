package org.veil.volume.deface;

/**
 * Puts the cut anterior-inferior to the estimated brain (quickshear's idea on the sagittal projection): the line
 * through the brain's most anterior point and its most inferior point, turned into a plane across the head, pushed
 * out past every brain voxel (the bulge) and then by a margin towards the face (the same for CT and MR; see
 * docs/defacing.md for why it is small) plus one grid step, so that brain voxels between grid points stay on the kept
 * side.
 */
final class FacePlaneFinder {
    static final double CT_MARGIN_MM = 1.5;
    static final double MR_MARGIN_MM = 1.5;

    private FacePlaneFinder() {
    }

    static FacePlane find(WorkGrid g, BrainEstimate b, double marginMm) {
        double bestA = -Double.MAX_VALUE;
        double aS = 0;
        double lowS = Double.MAX_VALUE;
        for (int x = 0; x < b.brain().length; x++) {
            if (b.brain()[x]) {
                double a = -g.coordinate(x, 1);
                double s = g.coordinate(x, 2);
                if (a > bestA) {
                    bestA = a;
                    aS = s;
                }
                lowS = Math.min(lowS, s);
            }
        }
        double lowA = -Double.MAX_VALUE;
        for (int x = 0; x < b.brain().length; x++) {
            if (b.brain()[x] && g.coordinate(x, 2) <= lowS + g.spacing * 0.5) {
                lowA = Math.max(lowA, -g.coordinate(x, 1));
            }
        }
        double da = lowA - bestA;
        double ds = lowS - aS;
        double[] n2 = {ds, -da};
        double len = Math.hypot(n2[0], n2[1]);
        if (len < 1e-6) {
            n2 = new double[] {Math.sqrt(0.5), -Math.sqrt(0.5)};
        } else {
            n2 = new double[] {n2[0] / len, n2[1] / len};
        }
        if (n2[0] - n2[1] < 0) {
            n2 = new double[] {-n2[0], -n2[1]};
        }
        double[] normal = {0, -n2[0], n2[1]};
        double bulge = -Double.MAX_VALUE;
        for (int x = 0; x < b.brain().length; x++) {
            if (b.brain()[x]) {
                bulge = Math.max(bulge, normal[1] * g.coordinate(x, 1) + normal[2] * g.coordinate(x, 2));
            }
        }
        return new FacePlane(normal, bulge + marginMm + g.spacing, new double[] {bestA, aS},
                new double[] {lowA, lowS}, marginMm);
    }
}
