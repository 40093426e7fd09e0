package org.veil.dicom.charset;

/**
 * The ISO 2022 decoding state machine of PS3.5 Section 6.1.2.5: G0 invoked in GL, G1 in GR, both redesignated by
 * escape sequences and returned to the initial designations after each delimiter. Lenient by design, it never
 * throws:
 * <ul>
 * <li>an escape sequence of any set Veil knows is honoured, declared in Specific Character Set or not; an unknown
 * escape sequence leaves ESC as U+001B and the following bytes as characters;</li>
 * <li>a byte or pair with no character in the designated set becomes U+FFFD;</li>
 * <li>GR bytes while no G1 set is designated are read as ISO 8859-1, C1 bytes (0x80-0x9F) as U+0080-U+009F;</li>
 * <li>SPACE (02/00) is SPACE even while a double-byte set is designated to G0.</li>
 * </ul>
 */
final class Iso2022Decoder {
    static final char REPLACEMENT = '\uFFFD';

    private Iso2022Decoder() {
    }

    static String decode(Iso2022Codec codec, byte[] in, int offset, int length, Delimiters delimiters) {
        char[] out = new char[length];
        int n = 0;
        GraphicSet g0 = codec.initialG0();
        GraphicSet g1 = codec.initialG1();
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = in[i] & 0xFF;
            if (b == GraphicSet.ESC && codec.codeExtension()) {
                GraphicSet set = GraphicSet.designatedAt(in, i, end);
                if (set != null) {
                    if (set.inG1()) {
                        g1 = set;
                    } else {
                        g0 = set;
                    }
                    i += set.escapeLength();
                    continue;
                }
            }
            if (b >= 0x80) {
                int consumed = decodeGr(g1, in, i, end, out, n);
                n++;
                i += consumed;
                continue;
            }
            if (g0.doubleByte() && b > 0x20 && b < 0x7F) {
                int second = i + 1 < end ? in[i + 1] & 0xFF : -1;
                int c = g0.decodePair(b, second);
                out[n++] = c < 0 ? REPLACEMENT : (char) c;
                i += c < 0 ? 1 : 2;
                continue;
            }
            out[n++] = (char) b;
            i++;
            if (delimiters.resets(b)) {
                g0 = codec.initialG0();
                g1 = codec.initialG1();
            }
        }
        return new String(out, 0, n);
    }

    /** Decodes one character at a GR or C1 byte into out[n]; returns the number of bytes consumed. */
    private static int decodeGr(GraphicSet g1, byte[] in, int i, int end, char[] out, int n) {
        int b = in[i] & 0xFF;
        if (b < 0xA0 || g1 == null) {
            out[n] = (char) b;
            return 1;
        }
        if (!g1.doubleByte()) {
            int c = g1.decodeByte(b);
            out[n] = c < 0 ? REPLACEMENT : (char) c;
            return 1;
        }
        int second = i + 1 < end ? in[i + 1] & 0xFF : -1;
        int c = second >= 0xA0 ? g1.decodePair(b & 0x7F, second & 0x7F) : -1;
        out[n] = c < 0 ? REPLACEMENT : (char) c;
        return c < 0 ? 1 : 2;
    }
}
