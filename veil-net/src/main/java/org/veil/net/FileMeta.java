package org.veil.net;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.veil.dicom.Implementation;

/**
 * The preamble, prefix and File Meta Information (PS3.10 7.1) of a received instance, so that the bytes that arrived
 * over the network, appended unchanged, make a Part 10 file.
 */
public final class FileMeta {
    private FileMeta() {
    }

    public static byte[] encode(String sopClass, String sopInstance, String transferSyntax, String sourceAe) {
        ByteArrayOutputStream group = new ByteArrayOutputStream(256);
        element(group, 0x0001, "OB", new byte[] {0, 1});
        element(group, 0x0002, "UI", text(sopClass, (byte) 0));
        element(group, 0x0003, "UI", text(sopInstance, (byte) 0));
        element(group, 0x0010, "UI", text(transferSyntax, (byte) 0));
        element(group, 0x0012, "UI", text(Implementation.CLASS_UID, (byte) 0));
        element(group, 0x0013, "SH", text(Implementation.VERSION_NAME, (byte) ' '));
        element(group, 0x0016, "AE", text(sourceAe, (byte) ' '));
        byte[] rest = group.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(rest.length + 144);
        out.write(new byte[128], 0, 128);
        out.write(new byte[] {'D', 'I', 'C', 'M'}, 0, 4);
        element(out, 0x0000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rest.length).array());
        out.write(rest, 0, rest.length);
        return out.toByteArray();
    }

    private static byte[] text(String value, byte pad) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        if ((b.length & 1) == 0) {
            return b;
        }
        byte[] p = java.util.Arrays.copyOf(b, b.length + 1);
        p[b.length] = pad;
        return p;
    }

    private static void element(ByteArrayOutputStream out, int element, String vr, byte[] value) {
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) 2).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            h.putShort((short) 0).putInt(value.length);
            out.write(h.array(), 0, 12);
        } else {
            h.putShort((short) value.length);
            out.write(h.array(), 0, 8);
        }
        out.write(value, 0, value.length);
    }
}
