package org.veil.dicom.data;

import java.nio.charset.StandardCharsets;
import org.veil.dicom.VR;

/** Encoding of values in the default repertoire (UI, CS, DA, TM, DT, AS, DS, IS, AE): ASCII, padded to even length. */
public final class AsciiValues {
    private AsciiValues() {
    }

    /** The bytes of {@code text}, padded with the VR's padding byte (NUL for UI, space otherwise) to even length. */
    public static byte[] encode(String text, VR vr) {
        byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
        if ((raw.length & 1) == 0) {
            return raw;
        }
        byte[] padded = java.util.Arrays.copyOf(raw, raw.length + 1);
        padded[raw.length] = vr.paddingByte();
        return padded;
    }

    /** The bytes as text (ISO 8859-1 for bytes above 0x7F), nothing removed. */
    public static String decodeRaw(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The text of ASCII bytes with trailing NUL and space padding and leading spaces removed. */
    public static String decode(byte[] b) {
        int end = b.length;
        while (end > 0 && (b[end - 1] == 0 || b[end - 1] == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && b[start] == ' ') {
            start++;
        }
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
