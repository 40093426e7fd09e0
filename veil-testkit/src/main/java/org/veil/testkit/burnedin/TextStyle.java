package org.veil.testkit.burnedin;

/**
 * How a word is drawn.
 *
 * @param family   a logical or installed font family, e.g. {@code SansSerif}, {@code Monospaced}, {@code Serif}
 * @param bold     bold weight
 * @param size     font size in pixels
 * @param vertical drawn rotated by 90 degrees (reading bottom to top)
 */
public record TextStyle(String family, boolean bold, int size, boolean vertical) {
    public static final String[] FAMILIES = {"SansSerif", "Monospaced", "Serif", "Dialog"};
}
