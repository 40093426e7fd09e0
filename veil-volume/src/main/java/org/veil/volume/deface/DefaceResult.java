package org.veil.volume.deface;

import java.util.Map;

/**
 * What {@link Defacer} found for one volume.
 *
 * @param plane       the cut (face side becomes air)
 * @param ears        the ear boxes (also air), or null when the ears are kept
 * @param air         the value the removed voxels get, in modality units (-1000 HU for CT; the MR background)
 * @param threshold   the skin threshold used, in modality units
 * @param brainMl     the volume of the estimated brain
 * @param removedMl   the volume of head tissue on the face side of the cut
 * @param renders     PNG renders of the skin surface, keyed {@code before-front}, {@code before-34},
 *                    {@code after-front}, {@code after-34}
 */
public record DefaceResult(FacePlane plane, EarCut ears, double air, double threshold, double brainMl, double removedMl,
                           Map<String, byte[]> renders) {
    public DefaceResult {
        renders = Map.copyOf(renders);
    }

    /** Everything removed: the face side of the plane, and the ear boxes when they are cut. */
    public Removal removal() {
        return removal(plane, ears);
    }

    static Removal removal(FacePlane plane, EarCut ears) {
        return ears == null ? plane : (x, y, z) -> plane.removes(x, y, z) || ears.removes(x, y, z);
    }
}
