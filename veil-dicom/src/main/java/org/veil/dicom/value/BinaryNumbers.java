package org.veil.dicom.value;

import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * Values of the fixed-size binary VRs (US, SS, UL, SL, SV, UV, FL, FD, AT) held as little endian bytes, read one at a
 * time without decoding the whole value. A trailing partial value (a broken odd length) is not counted.
 */
public final class BinaryNumbers {
    /** Largest magnitude a JSON number keeps exactly in a double, 2^53. */
    public static final long EXACT_IN_DOUBLE = 1L << 53;

    private BinaryNumbers() {
    }

    /** Size in bytes of one value of a fixed-size binary VR. */
    public static int size(VR vr) {
        return vr == VR.AT ? 4 : vr.maxLength();
    }

    /** Number of whole values in the bytes. */
    public static int count(byte[] bytes, VR vr) {
        return bytes.length / size(vr);
    }

    /** The unsigned little endian integer of {@code size} bytes at {@code at}. */
    public static long unsigned(byte[] b, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (b[at + k] & 0xFF);
        }
        return v;
    }

    /** Value {@code index} of a US, SS, UL, SL or SV element as a signed long (UV values above 2^63 wrap). */
    public static long integer(byte[] b, VR vr, int index) {
        int size = size(vr);
        long v = unsigned(b, index * size, size);
        if (vr == VR.SS || vr == VR.SL || vr == VR.SV) {
            int shift = 64 - 8 * size;
            v = v << shift >> shift;
        }
        return v;
    }

    /** Value {@code index} of an FL or FD element. */
    public static double decimal(byte[] b, VR vr, int index) {
        if (vr == VR.FL) {
            return Float.intBitsToFloat((int) unsigned(b, index * 4, 4));
        }
        return Double.longBitsToDouble(unsigned(b, index * 8, 8));
    }

    /** Value {@code index} of an AT element as a tag (group word first, PS3.5 Section 6.2). */
    public static int tag(byte[] b, int index) {
        return Tag.of((int) unsigned(b, index * 4, 2), (int) unsigned(b, index * 4 + 2, 2));
    }

    /**
     * Value {@code index} as decimal text: integers in full (UV unsigned), FL in the shortest form that reads back as
     * the same float, FD likewise for doubles ({@code NaN}, {@code Infinity} spelled so), AT as {@code ggggeeee}.
     */
    public static String text(byte[] b, VR vr, int index) {
        switch (vr) {
            case FL:
                return Float.toString((float) decimal(b, vr, index));
            case FD:
                return Double.toString(decimal(b, vr, index));
            case AT:
                return Tag.toHex(tag(b, index));
            case UV:
                return Long.toUnsignedString(integer(b, vr, index));
            default:
                return Long.toString(integer(b, vr, index));
        }
    }

    /** True when value {@code index} of an SV or UV element is within ±2^53 (other integer VRs always are). */
    public static boolean exactInDouble(byte[] b, VR vr, int index) {
        long v = integer(b, vr, index);
        if (vr == VR.UV) {
            return v >= 0 && v <= EXACT_IN_DOUBLE;
        }
        return v >= -EXACT_IN_DOUBLE && v <= EXACT_IN_DOUBLE;
    }
}
