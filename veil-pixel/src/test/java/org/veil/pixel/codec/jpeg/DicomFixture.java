package org.veil.pixel.codec.jpeg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test-only writer of minimal Secondary Capture DICOM files (explicit VR little endian), so that dcmtk can compress
 * and decompress pixel data for cross-checks before Veil's own writer exists. Elements are written in tag order.
 */
final class DicomFixture {
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    private static final String SC = "1.2.840.10008.5.1.4.1.1.7";
    private static final String INSTANCE = "2.25.1234567890123456789";

    /** Image pixel module attributes. */
    record Image(int rows, int columns, int samplesPerPixel, String photometric, int bitsAllocated, int bitsStored,
                 int frames) {
        static Image gray(int rows, int columns, int bitsStored) {
            return new Image(rows, columns, 1, "MONOCHROME2", bitsStored <= 8 ? 8 : 16, bitsStored, 1);
        }

        static Image color(int rows, int columns, String photometric) {
            return new Image(rows, columns, 3, photometric, 8, 8, 1);
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private DicomFixture() {
    }

    /** A file with native pixel data (colour by pixel). */
    static byte[] nativeFile(Image image, byte[] pixelData) {
        DicomFixture f = new DicomFixture();
        f.header(image, EXPLICIT_LE);
        f.element(0x7FE00010, image.bitsAllocated() > 8 ? "OW" : "OB", pixelData);
        return f.out.toByteArray();
    }

    /** A file with encapsulated pixel data: an empty offset table and one fragment per frame. */
    static byte[] encapsulatedFile(Image image, String transferSyntax, List<byte[]> frames) {
        DicomFixture f = new DicomFixture();
        f.header(image, transferSyntax);
        f.tag(0x7FE00010);
        f.ascii("OB");
        f.u16(0);
        f.u32(0xFFFFFFFFL);
        f.item(new byte[0]);
        for (byte[] frame : frames) {
            f.item(frame);
        }
        f.tag(0xFFFEE0DD);
        f.u32(0);
        return f.out.toByteArray();
    }

    private void header(Image image, String transferSyntax) {
        out.writeBytes(new byte[128]);
        ascii("DICM");
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        DicomFixture m = new DicomFixture();
        m.element(0x00020001, "OB", new byte[] {0, 1});
        m.element(0x00020002, "UI", uid(SC));
        m.element(0x00020003, "UI", uid(INSTANCE));
        m.element(0x00020010, "UI", uid(transferSyntax));
        m.element(0x00020012, "UI", uid("2.25.42"));
        meta.writeBytes(m.out.toByteArray());
        element(0x00020000, "UL", le(meta.size(), 4));
        out.writeBytes(meta.toByteArray());
        element(0x00080016, "UI", uid(SC));
        element(0x00080018, "UI", uid(INSTANCE));
        element(0x00080060, "CS", text("OT"));
        element(0x0020000D, "UI", uid(INSTANCE + ".1"));
        element(0x0020000E, "UI", uid(INSTANCE + ".2"));
        element(0x00280002, "US", le(image.samplesPerPixel(), 2));
        element(0x00280004, "CS", text(image.photometric()));
        if (image.samplesPerPixel() > 1) {
            element(0x00280006, "US", le(0, 2));
        }
        if (image.frames() > 1) {
            element(0x00280008, "IS", text(Integer.toString(image.frames())));
        }
        element(0x00280010, "US", le(image.rows(), 2));
        element(0x00280011, "US", le(image.columns(), 2));
        element(0x00280100, "US", le(image.bitsAllocated(), 2));
        element(0x00280101, "US", le(image.bitsStored(), 2));
        element(0x00280102, "US", le(image.bitsStored() - 1, 2));
        element(0x00280103, "US", le(0, 2));
    }

    private void element(int tag, String vr, byte[] value) {
        byte[] v = value.length % 2 == 0 ? value : java.util.Arrays.copyOf(value, value.length + 1);
        tag(tag);
        ascii(vr);
        if (vr.equals("OB") || vr.equals("OW")) {
            u16(0);
            u32(v.length);
        } else {
            u16(v.length);
        }
        out.writeBytes(v);
    }

    private void item(byte[] value) {
        byte[] v = value.length % 2 == 0 ? value : java.util.Arrays.copyOf(value, value.length + 1);
        tag(0xFFFEE000);
        u32(v.length);
        out.writeBytes(v);
    }

    private void tag(int tag) {
        u16(tag >>> 16);
        u16(tag & 0xFFFF);
    }

    private void u16(int v) {
        out.writeBytes(le(v, 2));
    }

    private void u32(long v) {
        out.writeBytes(le(v, 4));
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] le(long v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    private static byte[] uid(String uid) {
        return uid.getBytes(StandardCharsets.US_ASCII); // odd lengths padded with 0x00 by element()
    }

    private static byte[] text(String s) {
        String padded = s.length() % 2 == 0 ? s : s + " ";
        return padded.getBytes(StandardCharsets.US_ASCII);
    }
}
