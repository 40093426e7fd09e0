package org.veil.volume.deface;

/** A region of the patient (LPS, mm) whose points become air. */
@FunctionalInterface
public interface Removal {
    /** True when the point is removed. */
    boolean removes(double x, double y, double z);
}
