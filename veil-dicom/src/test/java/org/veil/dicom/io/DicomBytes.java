package org.veil.dicom.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Hand-made DICOM byte sequences for hostile-input tests (explicit or implicit VR little endian). */
final class DicomBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static DicomBytes part10(String transferSyntax) {
        DicomBytes b = new DicomBytes();
        b.raw(new byte[128]).raw("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] ts = pad(transferSyntax.getBytes(StandardCharsets.US_ASCII));
        b.ul(0x00020000, 8 + ts.length);
        b.explicit(0x00020010, "UI", ts);
        return b;
    }

    static DicomBytes raw() {
        return new DicomBytes();
    }

    private static byte[] pad(byte[] v) {
        return v.length % 2 == 0 ? v : java.util.Arrays.copyOf(v, v.length + 1);
    }

    DicomBytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    DicomBytes u16(int v) {
        out.write(v);
        out.write(v >>> 8);
        return this;
    }

    DicomBytes u32(long v) {
        u16((int) (v & 0xFFFF));
        return u16((int) (v >>> 16 & 0xFFFF));
    }

    DicomBytes tag(int tag) {
        return u16(tag >>> 16).u16(tag & 0xFFFF);
    }

    DicomBytes ul(int tag, long value) {
        tag(tag).raw("UL".getBytes(StandardCharsets.US_ASCII)).u16(4);
        return u32(value);
    }

    /** Explicit VR element with the given value (length taken from the value). */
    DicomBytes explicit(int tag, String vr, byte[] value) {
        return header(tag, vr, value.length).raw(value);
    }

    DicomBytes explicit(int tag, String vr, String value) {
        return explicit(tag, vr, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** Explicit VR header with any length (0xFFFFFFFF for undefined). */
    DicomBytes header(int tag, String vr, long length) {
        tag(tag).raw(vr.getBytes(StandardCharsets.ISO_8859_1));
        boolean longHeader = "OB OD OF OL OV OW SQ SV UC UN UR UT UV".contains(vr);
        return longHeader ? u16(0).u32(length) : u16((int) length);
    }

    /** Implicit VR header. */
    DicomBytes implicit(int tag, long length) {
        return tag(tag).u32(length);
    }

    DicomBytes item(long length) {
        return tag(0xFFFEE000).u32(length);
    }

    DicomBytes itemEnd() {
        return tag(0xFFFEE00D).u32(0);
    }

    DicomBytes sequenceEnd() {
        return tag(0xFFFEE0DD).u32(0);
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
