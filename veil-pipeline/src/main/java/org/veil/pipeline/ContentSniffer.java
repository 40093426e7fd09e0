package org.veil.pipeline;

import org.veil.dicom.VR;

/**
 * Decides from the first bytes whether an input is DICOM, whatever its name: a Part 10 file (128-byte preamble then
 * {@code DICM}, or {@code DICM} at the start) or a raw data set whose first element header is plausible (group 0002
 * or 0008 in either byte order, then a VR code or a 32-bit length that fits the input). Cheap and conservative:
 * anything else is "not DICOM" and skipped, not quarantined.
 */
public final class ContentSniffer {
    /** Bytes to look at. */
    public static final int HEAD = 132;

    private ContentSniffer() {
    }

    /**
     * True when the input looks like DICOM.
     *
     * @param head the first {@code n} bytes of the input ({@code n <= HEAD} only when the input is that short)
     * @param n    how many bytes of {@code head} are valid
     * @param size the input's total size
     */
    public static boolean looksLikeDicom(byte[] head, int n, long size) {
        if (n >= HEAD && magicAt(head, 128)) {
            return true;
        }
        if (n >= 4 && magicAt(head, 0)) {
            return true;
        }
        return n >= 8 && plausibleRawStart(head, size);
    }

    private static boolean magicAt(byte[] b, int at) {
        return b[at] == 'D' && b[at + 1] == 'I' && b[at + 2] == 'C' && b[at + 3] == 'M';
    }

    private static boolean plausibleRawStart(byte[] b, long size) {
        int le = (b[1] & 0xFF) << 8 | b[0] & 0xFF;
        int be = (b[0] & 0xFF) << 8 | b[1] & 0xFF;
        boolean littleEndian = le == 0x0002 || le == 0x0008;
        boolean bigEndian = be == 0x0008;
        if (!littleEndian && !bigEndian) {
            return false;
        }
        int v0 = b[4] & 0xFF;
        int v1 = b[5] & 0xFF;
        if (v0 >= 'A' && v0 <= 'Z' && v1 >= 'A' && v1 <= 'Z') {
            return VR.ofCode(v0 << 8 | v1) != null;
        }
        if (!littleEndian) {
            return false;
        }
        long length = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        return length == 0xFFFFFFFFL || length <= size - 8;
    }
}
