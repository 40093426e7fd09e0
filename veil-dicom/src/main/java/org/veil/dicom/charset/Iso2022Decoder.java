package org.veil.dicom.charset;

/**
 * The ISO 2022 decoding state machine of PS3.5 Section 6.1.2.5: G0 invoked in GL, G1 in GR, both redesignated by
 * escape sequences and returned to the initial designations after each delimiter. Lenient by design, it never
 * throws:
 * <ul>
 * <li>an escape sequence of any set Veil knows is honoured, declared in Specific Character Set or not; an unknown
 * escape sequence leaves ESC as U+001B and the following bytes as characters;</li>
 * <li>a byte or pair with no character in the designated set becomes U+FFFD, and decoding goes on with the next
 * byte;</li>
 * <li>GR bytes while no G1 set is designated are read as ISO 8859-1, C1 bytes (0x80-0x9F) as U+0080-U+009F;</li>
 * <li>SPACE (02/00) and DEL (07/15) stand for themselves even while a double-byte set is designated to G0.</li>
 * </ul>
 * One instance decodes one value; not thread-safe.
 */
final class Iso2022Decoder {
    static final char REPLACEMENT = '\uFFFD';

    private final Iso2022Codec codec;
    private final Delimiters delimiters;
    private final byte[] in;
    private final int end;
    private final char[] out;
    private int n;
    private GraphicSet g0;
    private GraphicSet g1;

    private Iso2022Decoder(Iso2022Codec codec, Delimiters delimiters, byte[] in, int offset, int length) {
        this.codec = codec;
        this.delimiters = delimiters;
        this.in = in;
        this.end = offset + length;
        this.out = new char[length];
        this.g0 = codec.initialG0();
        this.g1 = codec.initialG1();
    }

    static String decode(Iso2022Codec codec, byte[] in, int offset, int length, Delimiters delimiters) {
        Iso2022Decoder decoder = new Iso2022Decoder(codec, delimiters, in, offset, length);
        for (int i = offset; i < decoder.end; ) {
            i = decoder.step(i);
        }
        return new String(decoder.out, 0, decoder.n);
    }

    /** Decodes the escape sequence, character or control character at i; returns the index after it. */
    private int step(int i) {
        int b = in[i] & 0xFF;
        if (b == GraphicSet.ESC && codec.codeExtension()) {
            GraphicSet set = GraphicSet.designatedAt(in, i, end);
            if (set != null) {
                designate(set);
                return i + set.escapeLength();
            }
        }
        if (b >= 0x80) {
            return decodeGr(i, b);
        }
        if (g0.doubleByte() && b > 0x20 && b < 0x7F) {
            return emitPair(i, g0.decodePair(b, i + 1 < end ? in[i + 1] & 0xFF : -1));
        }
        out[n++] = (char) b;
        if (delimiters.resets(b)) {
            g0 = codec.initialG0();
            g1 = codec.initialG1();
        }
        return i + 1;
    }

    private void designate(GraphicSet set) {
        if (set.inG1()) {
            g1 = set;
        } else {
            g0 = set;
        }
    }

    private int decodeGr(int i, int b) {
        if (b < 0xA0 || g1 == null) {
            out[n++] = (char) b;
            return i + 1;
        }
        if (!g1.doubleByte()) {
            int c = g1.decodeByte(b);
            out[n++] = c < 0 ? REPLACEMENT : (char) c;
            return i + 1;
        }
        int second = i + 1 < end ? in[i + 1] & 0xFF : -1;
        return emitPair(i, second >= 0xA0 ? g1.decodePair(b & 0x7F, second & 0x7F) : -1);
    }

    /** Writes the character of a pair starting at i (or U+FFFD for its first byte alone); returns the next index. */
    private int emitPair(int i, int c) {
        if (c < 0) {
            out[n++] = REPLACEMENT;
            return i + 1;
        }
        out[n++] = (char) c;
        return i + 2;
    }
}
