package org.veil.dicom.charset;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Single-byte character sets (PS3.5 Section 6.1.2.5.4 b) and ISO 2022 code extension (c). The initial designations
 * come from value 1 of Specific Character Set: an ASCII-like G0 set and an optional G1 set. With code extension,
 * escape sequences redesignate G0 and G1 within a value, and {@link Delimiters} return them to the initial sets.
 * Without code extension ESC is an ordinary control character and the designations never change.
 *
 * @param initialG0     G0 at the start of a value and after each delimiter (ISO-IR 6 or ISO-IR 14)
 * @param initialG1     G1 at the start of a value and after each delimiter, or null when value 1 is empty
 * @param designatable  the sets the encoder may designate, in the order of Specific Character Set; empty without
 *                      code extension
 * @param codeExtension true when ESC sequences are interpreted
 * @param name          the Specific Character Set value for messages
 */
record Iso2022Codec(GraphicSet initialG0, GraphicSet initialG1, List<GraphicSet> designatable, boolean codeExtension,
                    String name) implements TextCodec {

    Iso2022Codec {
        if (!initialG0.asciiLike() || (initialG1 != null && !initialG1.inG1())) {
            throw new IllegalArgumentException("invalid initial designations " + initialG0 + "/" + initialG1);
        }
        designatable = List.copyOf(designatable);
    }

    @Override
    public String decode(byte[] bytes, int offset, int length, Delimiters delimiters) {
        if (isLatin1Text(bytes, offset, offset + length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (!codeExtension) {
            return decodeSingleByte(bytes, offset, length);
        }
        return Iso2022Decoder.decode(this, bytes, offset, length, delimiters);
    }

    /** Without code extension G0 and G1 never change: a table lookup per GR byte. */
    private String decodeSingleByte(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            int c = b < 0xA0 || initialG1 == null ? b : initialG1.decodeByte(b);
            out[i] = c < 0 ? Iso2022Decoder.REPLACEMENT : (char) c;
        }
        return new String(out);
    }

    /**
     * True when the value decodes byte for byte as ISO 8859-1: no escape sequence to interpret and no GR byte, or
     * GR bytes of a Latin-1 G1 (or of no G1, read leniently as Latin-1). C1 bytes (0x80-0x9F) decode to U+0080-U+009F
     * under every set.
     */
    private boolean isLatin1Text(byte[] bytes, int from, int to) {
        boolean grIsLatin1 = initialG1 == null || initialG1 == GraphicSet.LATIN1;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b == GraphicSet.ESC && codeExtension) || (b >= 0xA0 && !grIsLatin1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] encode(String text, Delimiters delimiters, UnmappablePolicy policy) {
        if (isPlainAscii(text)) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        return new Iso2022Encoder(this, delimiters, policy).encode(text);
    }

    private boolean isPlainAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || (c == GraphicSet.ESC && codeExtension)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean canEncode(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!canEncode(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** True when some set this codec may use holds the code point (controls other than a coded ESC included). */
    boolean canEncode(int cp) {
        if (cp < 0x80) {
            return cp != GraphicSet.ESC || !codeExtension;
        }
        if (cp > 0xFFFF) {
            return false;
        }
        char c = (char) cp;
        if (initialG1 != null && initialG1.encode(c) >= 0) {
            return true;
        }
        for (GraphicSet set : designatable) {
            if (set.encode(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isAsciiCompatible() {
        for (GraphicSet set : designatable) {
            if (!set.inG1() && set.doubleByte()) {
                return false;
            }
        }
        return true;
    }
}
