package org.veil.dicom.dump;

import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.value.BinaryNumbers;
import org.veil.dicom.value.StringValues;

/**
 * The value column of a dump line, on one line and bounded in size:
 * <ul>
 * <li>strings in brackets, decoded, trailing padding removed, values separated by backslash as in the file:
 * {@code [ORIGINAL\PRIMARY]}; control characters shown as their Unicode control pictures (LF as U+240A) so the
 * element stays on one line; cut after {@link DumpOptions#maxTextLength()} characters with "...";</li>
 * <li>binary numbers in decimal, separated by backslash: {@code 512\512}; tags as {@code (0028,0010)};</li>
 * <li>other binary values (OB, OW, UN, ...) as hex units of the VR's swap size: {@code 00\01}, or
 * {@code 0000\FFFF} for OW;</li>
 * <li>numbers and units cut after {@link DumpOptions#maxValues()} with "...";</li>
 * <li>values left in the file as {@code <bulk data @0x1A2C>} (offset of the first value byte), encapsulated pixel data
 * as {@code <encapsulated, 3 items>};</li>
 * <li>an empty value as {@code (no value)}.</li>
 * </ul>
 */
final class ValueText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';

    private final DumpOptions options;

    ValueText(DumpOptions options) {
        this.options = options;
    }

    void append(StringBuilder sb, DataElement e, SpecificCharacterSet charset) {
        Fragments fragments = e.fragments();
        BulkData bulk = e.bulk();
        if (fragments != null) {
            sb.append("<encapsulated, ").append(fragments.size()).append(fragments.size() == 1 ? " item>" : " items>");
        } else if (bulk != null) {
            bulk(sb, bulk);
        } else if (e.bytes().length == 0) {
            sb.append("(no value)");
        } else if (e.vr().isString()) {
            text(sb, StringValues.decode(e.bytes(), e.vr(), charset), e.vr());
        } else if (e.vr().kind() == VR.Kind.BINARY) {
            numbers(sb, e.bytes(), e.vr());
        } else {
            hex(sb, e.bytes(), e.vr().swapUnit());
        }
    }

    static void bulk(StringBuilder sb, BulkData bulk) {
        sb.append("<bulk data @0x").append(Long.toHexString(bulk.offset()).toUpperCase()).append('>');
    }

    private void text(StringBuilder sb, String decoded, VR vr) {
        int end = decoded.length();
        while (end > 0 && (decoded.charAt(end - 1) == ' ' || decoded.charAt(end - 1) == '\0')) {
            end--;
        }
        int shown = Math.min(end, options.maxTextLength());
        if (shown < end && shown > 0 && Character.isHighSurrogate(decoded.charAt(shown - 1))) {
            shown--;
        }
        sb.append('[');
        for (int i = 0; i < shown; i++) {
            char c = decoded.charAt(i);
            sb.append(c < 0x20 ? (char) (CONTROL_PICTURES + c) : c == 0x7F ? DELETE_PICTURE : c);
        }
        sb.append(shown < end ? "...]" : "]");
    }

    private void numbers(StringBuilder sb, byte[] b, VR vr) {
        int count = BinaryNumbers.count(b, vr);
        if (count == 0) {
            hex(sb, b, 1);
            return;
        }
        int shown = Math.min(count, options.maxValues());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append('\\');
            }
            sb.append(vr == VR.AT ? Tag.format(BinaryNumbers.tag(b, i)) : BinaryNumbers.text(b, vr, i));
        }
        if (shown < count) {
            sb.append("\\...");
        }
    }

    /** Hex units of {@code unit} bytes, little endian (a trailing partial unit shown byte by byte). */
    void hex(StringBuilder sb, byte[] b, int unit) {
        int units = b.length / unit;
        int shown = Math.min(units, options.maxValues());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append('\\');
            }
            for (int k = unit - 1; k >= 0; k--) {
                int v = b[i * unit + k] & 0xFF;
                sb.append(HEX[v >> 4]).append(HEX[v & 0xF]);
            }
        }
        if (shown < units) {
            sb.append("\\...");
        } else if (units * unit < b.length) {
            for (int i = units * unit; i < b.length; i++) {
                sb.append(i > 0 ? "\\" : "").append(HEX[(b[i] & 0xFF) >> 4]).append(HEX[b[i] & 0xF]);
            }
        }
    }
}
