package org.veil.dicom.charset;

import java.io.ByteArrayOutputStream;

/**
 * Encodes one value with ISO 2022 code extension as PS3.5 Section 6.1.2.5.3 requires, producing the byte sequences
 * of the PS3.5 Annex H, I and K examples:
 * <ul>
 * <li>each character is written in the designated G0 or G1 set when it holds the character; otherwise the first
 * set in Specific Character Set order that holds it is designated with its escape sequence;</li>
 * <li>before each delimiter and at the end of the value, G0 is designated back to its initial set, and G1 too when
 * value 1 defines one, so that the delimiter is read in the initial sets;</li>
 * <li>after each delimiter the encoder, like every reader, assumes the initial designations again, so a set used
 * in the next component is designated anew.</li>
 * </ul>
 * One instance encodes one value; not thread-safe.
 */
final class Iso2022Encoder {
    private final Iso2022Codec codec;
    private final Delimiters delimiters;
    private final UnmappablePolicy policy;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private GraphicSet g0;
    private GraphicSet g1;

    Iso2022Encoder(Iso2022Codec codec, Delimiters delimiters, UnmappablePolicy policy) {
        this.codec = codec;
        this.delimiters = delimiters;
        this.policy = policy;
        this.g0 = codec.initialG0();
        this.g1 = codec.initialG1();
    }

    byte[] encode(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80 && delimiters.resets(cp)) {
                restoreInitial();
                out.write(cp);
            } else if (!(isControl(cp) ? writeControl(cp) : writeGraphic(cp))) {
                unencodable(cp, i);
            }
            i += Character.charCount(cp);
        }
        restoreInitial();
        return out.toByteArray();
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || cp == 0x7F;
    }

    /** Writes a control character that is no delimiter (ESC, DEL); a literal ESC is impossible with code extension. */
    private boolean writeControl(int cp) {
        if (cp == GraphicSet.ESC && codec.codeExtension()) {
            return false;
        }
        out.write(cp);
        return true;
    }

    private boolean writeGraphic(int cp) {
        if (cp > 0xFFFF) {
            return false;
        }
        char c = (char) cp;
        if (write(g0, c) || (g1 != null && write(g1, c))) {
            return true;
        }
        for (GraphicSet set : codec.designatable()) {
            if (set.encode(c) >= 0) {
                designate(set);
                return write(set, c);
            }
        }
        return false;
    }

    private boolean write(GraphicSet set, char c) {
        int code = set.encode(c);
        if (code < 0) {
            return false;
        }
        int high = set.inG1() ? 0x80 : 0;
        if (set.doubleByte()) {
            out.write(high | code >> 8);
            out.write(high | code & 0xFF);
        } else {
            out.write(code);
        }
        return true;
    }

    private void designate(GraphicSet set) {
        set.writeEscape(out);
        if (set.inG1()) {
            g1 = set;
        } else {
            g0 = set;
        }
    }

    private void restoreInitial() {
        if (g0 != codec.initialG0()) {
            designate(codec.initialG0());
        }
        if (g1 != codec.initialG1() && codec.initialG1() != null) {
            designate(codec.initialG1());
        }
        g0 = codec.initialG0();
        g1 = codec.initialG1();
    }

    private void unencodable(int cp, int index) {
        if (policy == UnmappablePolicy.REJECT) {
            throw new UnencodableCharacterException(cp, index, codec.name());
        }
        writeGraphic('?');
    }
}
