package org.veil.pixel.frame;

/** Pixel Representation (0028,0103): how the stored bits of an integer sample are read (PS3.5 8.1.1). */
public enum PixelRepresentation {
    /** Value 0000H. */
    UNSIGNED,
    /** Value 0001H: two's complement with the sign in High Bit. */
    SIGNED;

    /** The representation for the attribute value (0 or 1). */
    public static PixelRepresentation of(int value) {
        return switch (value) {
            case 0 -> UNSIGNED;
            case 1 -> SIGNED;
            default -> throw new IllegalArgumentException("Pixel Representation (0028,0103) must be 0 or 1, not " + value);
        };
    }

    /** The attribute value (0 or 1). */
    public int value() {
        return this == UNSIGNED ? 0 : 1;
    }
}
