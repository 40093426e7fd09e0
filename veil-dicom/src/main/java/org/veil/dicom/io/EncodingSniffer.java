package org.veil.dicom.io;

import org.veil.dicom.VR;

/** Guesses how a data set without (trustworthy) file meta is encoded, from the bytes of its first element. */
final class EncodingSniffer {
    private EncodingSniffer() {
    }

    /** True when bytes 4-5 of an element header are the letters of a VR. */
    static boolean looksExplicit(int b0, int b1, int b2, int b3, int b4, int b5) {
        return isUpper(b4) && isUpper(b5) && VR.ofCode(b4 << 8 | b5) != null;
    }

    /** True when the first tag reads as a plausible big endian group but not as a little endian one. */
    static boolean looksBigEndian(int b0, int b1) {
        int le = b1 << 8 | b0;
        int be = b0 << 8 | b1;
        return plausibleGroup(be) && !plausibleGroup(le);
    }

    /** True when the bytes could start the first element of a data set (group 0002-0100, either byte order). */
    static boolean plausibleFirstElement(int b0, int b1, int b4, int b5) {
        int le = b1 << 8 | b0;
        int be = b0 << 8 | b1;
        boolean group = (plausibleGroup(le) && (le & 1) == 0) || (plausibleGroup(be) && (be & 1) == 0);
        return group && (looksExplicit(0, 0, 0, 0, b4, b5) || b5 == 0 || b4 == 0);
    }

    private static boolean plausibleGroup(int g) {
        return g >= 0x0002 && g <= 0x0100;
    }

    private static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }
}
