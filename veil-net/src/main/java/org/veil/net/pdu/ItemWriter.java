package org.veil.net.pdu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes big-endian PDU fields and length-prefixed items. */
final class ItemWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    ItemWriter u8(int v) {
        out.write(v);
        return this;
    }

    ItemWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    ItemWriter u32(long v) {
        u16((int) (v >>> 16));
        return u16((int) v);
    }

    ItemWriter zeros(int n) {
        for (int i = 0; i < n; i++) {
            out.write(0);
        }
        return this;
    }

    ItemWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    /** An AE title in its 16-byte field, padded with spaces. */
    ItemWriter ae(String title) {
        byte[] b = title.getBytes(StandardCharsets.US_ASCII);
        if (b.length > 16) {
            throw new IllegalArgumentException("an AE title has at most 16 characters: " + title);
        }
        bytes(b);
        for (int i = b.length; i < 16; i++) {
            out.write(' ');
        }
        return this;
    }

    /** An item: type, reserved byte, 2-byte length, value. */
    ItemWriter item(int type, byte[] value) {
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException("item of type " + type + " too long: " + value.length);
        }
        return u8(type).u8(0).u16(value.length).bytes(value);
    }

    /** An item whose value is ASCII text (a UID or a name). */
    ItemWriter textItem(int type, String text) {
        return item(type, text.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    /** A whole PDU: type, reserved byte, 4-byte length, body. */
    static byte[] pdu(PduType type, byte[] body) {
        return new ItemWriter().u8(type.code()).u8(0).u32(body.length).bytes(body).toBytes();
    }
}
