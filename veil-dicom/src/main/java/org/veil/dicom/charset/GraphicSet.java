package org.veil.dicom.charset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A graphic character set that DICOM designates into code element G0 or G1 (PS3.3 Tables C.12-2 to C.12-4), with
 * its ISO 2022 designation escape sequence. Single-byte G1 sets are 96 (ISO 8859) or 94 (ISO-IR 13) character sets
 * invoked in GR; double-byte sets are 94x94 sets, in GL for G0 (JIS X 0208, JIS X 0212) and in GR for G1 (KS X
 * 1001, GB 2312).
 *
 * <p>ISO-IR 14 (JIS X 0201 Roman) differs from ASCII only at 05/12 (YEN SIGN) and 07/14 (OVERLINE). Veil reads and
 * writes it as ASCII, as pydicom and DCMTK do: 05/12 must stay the value delimiter, and a decoded value then
 * re-encodes to the same bytes.
 */
enum GraphicSet {
    ASCII("ISO-IR 6", "(B", null),
    JIS_ROMAN("ISO-IR 14", "(J", null),
    LATIN1("ISO-IR 100", "-A", "ISO-8859-1"),
    LATIN2("ISO-IR 101", "-B", "ISO-8859-2"),
    LATIN3("ISO-IR 109", "-C", "ISO-8859-3"),
    LATIN4("ISO-IR 110", "-D", "ISO-8859-4"),
    CYRILLIC("ISO-IR 144", "-L", "ISO-8859-5"),
    ARABIC("ISO-IR 127", "-G", "ISO-8859-6"),
    GREEK("ISO-IR 126", "-F", "ISO-8859-7"),
    HEBREW("ISO-IR 138", "-H", "ISO-8859-8"),
    LATIN5("ISO-IR 148", "-M", "ISO-8859-9"),
    LATIN9("ISO-IR 203", "-b", "ISO-8859-15"),
    THAI("ISO-IR 166", "-T", "x-iso-8859-11"),
    KATAKANA("ISO-IR 13", ")I", "JIS_X0201"),
    JIS_X0208("ISO-IR 87", "$B", "x-JIS0208"),
    JIS_X0212("ISO-IR 159", "$(D", "JIS_X0212-1990"),
    KS_X1001("ISO-IR 149", "$)C", "EUC-KR"),
    GB2312("ISO-IR 58", "$)A", "GB2312");

    static final int ESC = 0x1B;
    private static final int SET94 = 94;
    private static final GraphicSet[] VALUES = values();

    private final String registration;
    private final byte[] escape;
    private final boolean inG1;
    private final boolean doubleByte;
    private final String charsetName;
    private volatile CodeTable table;

    GraphicSet(String registration, String designation, String charsetName) {
        this.registration = registration;
        this.escape = ("\u001B" + designation).getBytes(StandardCharsets.US_ASCII);
        this.inG1 = designation.indexOf(')') >= 0 || designation.indexOf('-') >= 0;
        this.doubleByte = designation.charAt(0) == '$';
        this.charsetName = charsetName;
    }

    /** The ISO-IR registration, e.g. {@code ISO-IR 87}, for messages. */
    String registration() {
        return registration;
    }

    /** Writes the designation escape sequence, ESC included. */
    void writeEscape(ByteArrayOutputStream out) {
        out.write(escape, 0, escape.length);
    }

    int escapeLength() {
        return escape.length;
    }

    /** True for sets designated to G1 and invoked in GR; false for G0 sets invoked in GL. */
    boolean inG1() {
        return inG1;
    }

    boolean doubleByte() {
        return doubleByte;
    }

    /** True for the G0 sets whose GL bytes Veil reads as ASCII (ISO-IR 6 and ISO-IR 14). */
    boolean asciiLike() {
        return charsetName == null;
    }

    /**
     * The set whose designation escape sequence starts at {@code pos} (the ESC byte), or null. Also accepts
     * {@code ESC $ @} (JIS C 6226-1978, the ISO-2022-JP predecessor of ESC $ B) as JIS X 0208.
     */
    static GraphicSet designatedAt(byte[] bytes, int pos, int end) {
        for (GraphicSet set : VALUES) {
            if (set.matches(bytes, pos, end)) {
                return set;
            }
        }
        boolean jis1978 = pos + 2 < end && bytes[pos + 1] == '$' && bytes[pos + 2] == '@';
        return jis1978 ? JIS_X0208 : null;
    }

    private boolean matches(byte[] bytes, int pos, int end) {
        if (end - pos < escape.length) {
            return false;
        }
        for (int i = 0; i < escape.length; i++) {
            if (bytes[pos + i] != escape[i]) {
                return false;
            }
        }
        return true;
    }

    /** The character of a single GR byte (0xA0-0xFF) in a single-byte G1 set, or -1. */
    int decodeByte(int b) {
        return table().charAt(b - 0xA0);
    }

    /** The character of a double-byte code given as two GL bytes (0x21-0x7E each), or -1. */
    int decodePair(int first, int second) {
        if (first < 0x21 || first > 0x7E || second < 0x21 || second > 0x7E) {
            return -1;
        }
        return table().charAt((first - 0x21) * SET94 + second - 0x21);
    }

    /**
     * The code of a character in this set, or -1: a GL byte for ASCII-like sets, a GR byte for single-byte G1 sets,
     * and {@code first << 8 | second} in GL form (0x2121-0x7E7E) for double-byte sets.
     */
    int encode(char c) {
        if (asciiLike()) {
            return c >= 0x20 && c < 0x7F ? c : -1;
        }
        int position = table().positionOf(c);
        if (position < 0) {
            return -1;
        }
        if (!doubleByte) {
            return 0xA0 + position;
        }
        return (0x21 + position / SET94) << 8 | (0x21 + position % SET94);
    }

    /** Every character of the set (GL graphic characters for the ASCII-like sets). */
    String repertoire() {
        if (asciiLike()) {
            StringBuilder sb = new StringBuilder();
            for (char c = 0x20; c < 0x7F; c++) {
                sb.append(c);
            }
            return sb.toString();
        }
        return table().repertoire();
    }

    private CodeTable table() {
        CodeTable t = table;
        if (t == null) {
            t = buildTable();
            table = t;
        }
        return t;
    }

    private CodeTable buildTable() {
        Charset charset = Charset.forName(charsetName);
        int high = inG1 ? 0x80 : 0;
        if (!doubleByte) {
            return CodeTable.build(96, i -> new byte[] {(byte) (0xA0 + i)}, charset);
        }
        return CodeTable.build(SET94 * SET94, i -> new byte[] {(byte) (high | (0x21 + i / SET94)),
                (byte) (high | (0x21 + i % SET94))}, charset);
    }
}
