package org.veil.volume.deface;

import java.util.Locale;

/**
 * The outer ears: two boxes lateral to the head at ear level (LPS, mm) whose points become air. Everything with
 * {@code x < right} or {@code x > left} (the patient's right and left side), {@code y} between {@code front} and
 * {@code back} and {@code z} between {@code bottom} and {@code top} is removed. Found by {@link EarFinder}.
 *
 * @param right  points with x below this are right of the head
 * @param left   points with x above this are left of the head
 * @param front  the anterior bound (smallest y)
 * @param back   the posterior bound (largest y)
 * @param bottom the inferior bound (smallest z)
 * @param top    the superior bound (largest z)
 */
public record EarCut(double right, double left, double front, double back, double bottom, double top)
        implements Removal {

    /** True when the point is in one of the ear boxes. */
    @Override
    public boolean removes(double x, double y, double z) {
        return (x < right || x > left) && y >= front && y <= back && z >= bottom && z <= top;
    }

    /** One line for the change report. */
    public String describe() {
        return String.format(Locale.ROOT, "ears: x < %.1f or x > %.1f mm, y %.1f..%.1f mm, z %.1f..%.1f mm (LPS)",
                right, left, front, back, bottom, top);
    }
}
