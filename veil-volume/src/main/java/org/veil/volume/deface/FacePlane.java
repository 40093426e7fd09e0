package org.veil.volume.deface;

import java.util.Locale;

/**
 * The cut: every point p (LPS, mm) with {@code normal . p > offset} is on the face side and becomes air. The normal
 * lies in the sagittal plane and points anterior-inferior.
 *
 * @param normal   unit normal in LPS
 * @param offset   distance of the plane from the origin along the normal
 * @param anterior the brain estimate's most anterior point (A, S in mm: A = -y, S = z), for the report
 * @param inferior its most inferior point (A, S)
 * @param marginMm how far the plane was moved from the brain towards the face
 */
public record FacePlane(double[] normal, double offset, double[] anterior, double[] inferior, double marginMm)
        implements Removal {

    /** True when the point is on the face side. */
    @Override
    public boolean removes(double x, double y, double z) {
        return normal[0] * x + normal[1] * y + normal[2] * z > offset;
    }

    /** One line for the change report. */
    public String describe() {
        return String.format(Locale.ROOT, "plane n=(%.4f,%.4f,%.4f) d=%.1f mm (LPS; face side n.p>d), through the "
                + "brain's most anterior point (A %.1f, S %.1f) and most inferior point (A %.1f, S %.1f) moved "
                + "%.1f mm (plus the brain's bulge and one grid step) towards the face", normal[0], normal[1],
                normal[2], offset, anterior[0], anterior[1], inferior[0], inferior[1], marginMm);
    }
}
