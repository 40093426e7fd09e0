package org.veil.pixel.frame;

/** Planar Configuration (0028,0006): how the samples of a color pixel are laid out in native pixel data. */
public enum PlanarConfiguration {
    /** Value 0: R1 G1 B1 R2 G2 B2 ... */
    COLOR_BY_PIXEL,
    /** Value 1: R1 R2 ... G1 G2 ... B1 B2 ... */
    COLOR_BY_PLANE;

    /** The configuration for the attribute value (0 or 1). */
    public static PlanarConfiguration of(int value) {
        return switch (value) {
            case 0 -> COLOR_BY_PIXEL;
            case 1 -> COLOR_BY_PLANE;
            default -> throw new IllegalArgumentException("Planar Configuration (0028,0006) must be 0 or 1, not " + value);
        };
    }

    /** The attribute value (0 or 1). */
    public int value() {
        return this == COLOR_BY_PIXEL ? 0 : 1;
    }
}
