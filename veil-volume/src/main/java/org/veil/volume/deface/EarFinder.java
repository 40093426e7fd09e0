package org.veil.volume.deface;

/**
 * Puts the ear boxes ({@link EarCut}) from the brain estimate: the outer ear sits on the side of the head beside the
 * temporal lobes, from about 75 mm below to 20 mm above the level of the brain's most anterior point (the frontal
 * pole), between 35% and 80% of the brain's length behind that point. Laterally the boxes start
 * {@link #LATERAL_MM} beyond the brain's widest extent on each side, past skull and scalp (the estimate already reaches
 * the inner skull), so the cut never reaches the brain; it takes the pinna and the scalp beside it.
 */
final class EarFinder {
    static final double LATERAL_MM = 6;
    static final double BELOW_POLE_MM = 75;
    static final double ABOVE_POLE_MM = 20;
    static final double FRONT_FRACTION = 0.35;
    static final double BACK_FRACTION = 0.8;

    private EarFinder() {
    }

    static EarCut find(WorkGrid g, BrainEstimate b, FacePlane plane) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int x = 0; x < b.brain().length; x++) {
            if (b.brain()[x]) {
                minX = Math.min(minX, g.coordinate(x, 0));
                maxX = Math.max(maxX, g.coordinate(x, 0));
                minY = Math.min(minY, g.coordinate(x, 1));
                maxY = Math.max(maxY, g.coordinate(x, 1));
            }
        }
        double poleS = plane.anterior()[1];
        double length = maxY - minY;
        double margin = LATERAL_MM + g.spacing;
        return new EarCut(minX - margin, maxX + margin, minY + FRONT_FRACTION * length,
                minY + BACK_FRACTION * length, poleS - BELOW_POLE_MM, poleS + ABOVE_POLE_MM);
    }
}
