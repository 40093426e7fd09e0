package org.veil.pixel.codec.jpeg;

/**
 * Reads Huffman-coded entropy data (T.81 F.2.2) from one scan: removes byte stuffing, stops at markers, decodes
 * symbols with a 9-bit lookahead table and falls back to the code-length search of F.2.2.3 for longer codes.
 *
 * <p>When a marker is reached the reader supplies zero bits so that a decoder can finish its current symbol; if a
 * decoder actually consumes such bits the data was truncated, which {@link #checkOverrun()} reports.
 */
final class EntropyDecoder {
    private final byte[] data;
    private final int end;
    private final String marker;
    private int pos;
    private long buffer;
    private int bits;
    private int padBits;

    EntropyDecoder(byte[] data, int start, int end, String marker) {
        this.data = data;
        this.pos = start;
        this.end = end;
        this.marker = marker;
    }

    private void fill() {
        while (bits <= 56) {
            int b = 0;
            if (padBits == 0 && pos < end) {
                b = data[pos] & 0xFF;
                if (b != 0xFF) {
                    pos++;
                } else if (pos + 1 < end && data[pos + 1] == 0) {
                    pos += 2;
                } else {
                    b = 0;
                    padBits = 8;
                }
            } else {
                padBits += 8;
            }
            buffer = (buffer << 8) | b;
            bits += 8;
        }
    }

    /** Decodes one Huffman symbol. */
    int decode(HuffmanTable table) throws JpegFormatException {
        if (bits < 16) {
            fill();
        }
        int look = (int) (buffer >>> (bits - HuffmanTable.LOOKAHEAD)) & ((1 << HuffmanTable.LOOKAHEAD) - 1);
        int entry = table.lookup[look];
        if (entry != 0) {
            bits -= entry >> 8;
            return entry & 0xFF;
        }
        int code16 = (int) (buffer >>> (bits - 16)) & 0xFFFF;
        for (int len = HuffmanTable.LOOKAHEAD + 1; len <= 16; len++) {
            int code = code16 >>> (16 - len);
            if (code <= table.maxCode[len]) {
                bits -= len;
                return table.symbol(code + table.valueOffset[len]);
            }
        }
        throw error(String.format("invalid Huffman code 0x%04X (no code of up to 16 bits matches)", code16));
    }

    /** Reads n (0..16) raw bits. */
    int readBits(int n) {
        if (bits < n) {
            fill();
        }
        bits -= n;
        return (int) (buffer >>> bits) & ((1 << n) - 1);
    }

    /** Reads n (1..16) bits and extends them to a signed value (T.81 F.2.2.1 RECEIVE and EXTEND). */
    int receiveExtend(int n) {
        int v = readBits(n);
        return v < (1 << (n - 1)) ? v - (1 << n) + 1 : v;
    }

    /** Fails when the decoder used bits beyond the end of the entropy-coded data. */
    void checkOverrun() throws JpegFormatException {
        if (bits < padBits) {
            throw new JpegFormatException(pos, marker, "entropy-coded data ends before the scan is complete ("
                    + "truncated data or marker " + markerName() + " too early)");
        }
    }

    /**
     * Moves past the RSTn marker that must follow this restart interval: drops the remaining bits of the current
     * byte, skips fill bytes, checks the marker number and resets the bit buffer.
     */
    void restart(int expected) throws JpegFormatException {
        checkOverrun();
        int unread = (bits - padBits) >> 3;
        if (unread > 0) {
            throw error(unread + " bytes of entropy-coded data left before RST" + expected);
        }
        while (pos < end && data[pos] == (byte) 0xFF && pos + 1 < end && data[pos + 1] == (byte) 0xFF) {
            pos++;
        }
        int found = pos + 1 < end && data[pos] == (byte) 0xFF ? data[pos + 1] & 0xFF : -1;
        if (found != JpegMarker.RST0 + expected) {
            throw new JpegFormatException(pos, marker, "expected RST" + expected + ", found "
                    + (found < 0 ? "no marker" : JpegMarker.name(found)));
        }
        pos += 2;
        buffer = 0;
        bits = 0;
        padBits = 0;
    }

    /** Offset of the byte holding the next unread bit (approximate when stuffing is buffered). */
    int offset() {
        int buffered = Math.max(0, bits - padBits) >> 3;
        return Math.max(0, pos - buffered);
    }

    JpegFormatException error(String reason) {
        return new JpegFormatException(offset(), marker, reason);
    }

    private String markerName() {
        return pos + 1 < data.length ? JpegMarker.name(data[pos + 1] & 0xFF) : "end of stream";
    }
}
