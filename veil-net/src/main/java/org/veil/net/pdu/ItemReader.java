package org.veil.net.pdu;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the big-endian fields of a PDU body, checking every length against what is left and naming the offset in
 * the message of each failure.
 */
final class ItemReader {
    private final ByteBuffer buf;
    private final String what;

    ItemReader(byte[] body, String what) {
        this.buf = ByteBuffer.wrap(body);
        this.what = what;
    }

    private ItemReader(ByteBuffer slice, String what) {
        this.buf = slice;
        this.what = what;
    }

    int remaining() {
        return buf.remaining();
    }

    int offset() {
        return buf.position();
    }

    int u8() throws PduException {
        need(1);
        return buf.get() & 0xFF;
    }

    int u16() throws PduException {
        need(2);
        return buf.getShort() & 0xFFFF;
    }

    long u32() throws PduException {
        need(4);
        return buf.getInt() & 0xFFFFFFFFL;
    }

    void skip(int n) throws PduException {
        need(n);
        buf.position(buf.position() + n);
    }

    /** {@code n} bytes as ASCII text without the trailing NUL or space padding. */
    String text(int n) throws PduException {
        need(n);
        byte[] b = new byte[n];
        buf.get(b);
        int end = n;
        while (end > 0 && (b[end - 1] == 0 || b[end - 1] == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && b[start] == ' ') {
            start++;
        }
        return new String(b, start, end - start, StandardCharsets.US_ASCII);
    }

    /** The next {@code n} bytes as a reader of their own (a sub-item's value). */
    ItemReader slice(int n, String name) throws PduException {
        need(n);
        ByteBuffer s = buf.slice();
        s.limit(n);
        buf.position(buf.position() + n);
        return new ItemReader(s, name);
    }

    private void need(int n) throws PduException {
        if (n > buf.remaining()) {
            throw new PduException(what + " @" + buf.position() + ": needs " + n + " bytes, " + buf.remaining()
                    + " left", PduException.INVALID_PARAMETER_VALUE);
        }
    }
}
