package org.veil.pixel.codec.jpeg;

/** Magnitude categories (SSSS) and appended bits of T.81 F.1.2.1 / F.1.2.2 and H.1.2.2. */
final class Categories {
    private Categories() {
    }

    /** The number of bits needed for |value| (0 for 0). */
    static int of(int value) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(value));
    }

    /** The bits appended after the category: the value itself, or value - 1 in ones' complement when negative. */
    static int bits(int value, int category) {
        return (value < 0 ? value - 1 : value) & ((1 << category) - 1);
    }
}
