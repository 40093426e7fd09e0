package org.veil.pixel.text;

/**
 * Whether a detected box is harmless and may stay. Fail closed: answer true only when sure (read confidently, on the
 * keep-list, matching no identifier). Thread-safe.
 */
@FunctionalInterface
public interface KeepDecision {

    /** Removes every box. */
    KeepDecision NONE = (box, crop) -> false;

    /**
     * @param box  where, in frame coordinates
     * @param crop the box's luminance (8-bit, bright = white)
     */
    boolean keep(TextBox box, GrayImage crop);
}
