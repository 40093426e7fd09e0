package org.veil.dicom.json;

import java.io.IOException;

/**
 * Base64 (RFC 4648 Section 4, with padding, no line breaks) of a byte stream given in chunks of any size, written
 * into an open JSON string. Holds at most two bytes between chunks.
 */
final class Base64Output {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final int GROUPS_PER_FLUSH = 4096;

    private final JsonWriter json;
    private final byte[] carry = new byte[3];
    private int carried;
    private final char[] chars = new char[GROUPS_PER_FLUSH * 4];
    private int used;

    Base64Output(JsonWriter json) {
        this.json = json;
    }

    void write(byte[] b, int off, int len) throws IOException {
        int i = off;
        int end = off + len;
        while (carried > 0 && carried < 3 && i < end) {
            carry[carried++] = b[i++];
        }
        if (carried == 3) {
            group(carry[0], carry[1], carry[2]);
            carried = 0;
        }
        for (; i + 3 <= end; i += 3) {
            group(b[i], b[i + 1], b[i + 2]);
        }
        while (i < end) {
            carry[carried++] = b[i++];
        }
    }

    /** Writes the last one or two bytes with padding and flushes the characters. */
    void finish() throws IOException {
        if (carried > 0) {
            int b0 = carry[0] & 0xFF;
            int b1 = carried > 1 ? carry[1] & 0xFF : 0;
            room();
            chars[used++] = ALPHABET[b0 >> 2];
            chars[used++] = ALPHABET[(b0 & 3) << 4 | b1 >> 4];
            chars[used++] = carried > 1 ? ALPHABET[(b1 & 0xF) << 2] : '=';
            chars[used++] = '=';
            carried = 0;
        }
        json.raw(chars, 0, used);
        used = 0;
    }

    private void group(byte x, byte y, byte z) throws IOException {
        room();
        int v = (x & 0xFF) << 16 | (y & 0xFF) << 8 | (z & 0xFF);
        chars[used++] = ALPHABET[v >> 18];
        chars[used++] = ALPHABET[v >> 12 & 0x3F];
        chars[used++] = ALPHABET[v >> 6 & 0x3F];
        chars[used++] = ALPHABET[v & 0x3F];
    }

    private void room() throws IOException {
        if (used == chars.length) {
            json.raw(chars, 0, used);
            used = 0;
        }
    }
}
