package org.veil.dicom.charset;

import static org.veil.dicom.charset.GraphicSet.ARABIC;
import static org.veil.dicom.charset.GraphicSet.ASCII;
import static org.veil.dicom.charset.GraphicSet.CYRILLIC;
import static org.veil.dicom.charset.GraphicSet.GREEK;
import static org.veil.dicom.charset.GraphicSet.HEBREW;
import static org.veil.dicom.charset.GraphicSet.JIS_ROMAN;
import static org.veil.dicom.charset.GraphicSet.KATAKANA;
import static org.veil.dicom.charset.GraphicSet.LATIN1;
import static org.veil.dicom.charset.GraphicSet.LATIN2;
import static org.veil.dicom.charset.GraphicSet.LATIN3;
import static org.veil.dicom.charset.GraphicSet.LATIN4;
import static org.veil.dicom.charset.GraphicSet.LATIN5;
import static org.veil.dicom.charset.GraphicSet.LATIN9;
import static org.veil.dicom.charset.GraphicSet.THAI;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Defined Terms of Specific Character Set (0008,0005) that Veil supports: PS3.3 Table C.12-2 (single-byte
 * without code extension), C.12-3 (single-byte with code extension), C.12-4 (multi-byte with code extension) and
 * C.12-5 (multi-byte without code extension). {@code ISO_IR 6} is not a Defined Term of the standard (the default
 * repertoire is stated by leaving the attribute out) but is common in the field and accepted.
 */
public enum DefinedTerm {
    ISO_IR_6("ISO_IR 6", ASCII, null),
    ISO_IR_100("ISO_IR 100", ASCII, LATIN1),
    ISO_IR_101("ISO_IR 101", ASCII, LATIN2),
    ISO_IR_109("ISO_IR 109", ASCII, LATIN3),
    ISO_IR_110("ISO_IR 110", ASCII, LATIN4),
    ISO_IR_144("ISO_IR 144", ASCII, CYRILLIC),
    ISO_IR_127("ISO_IR 127", ASCII, ARABIC),
    ISO_IR_126("ISO_IR 126", ASCII, GREEK),
    ISO_IR_138("ISO_IR 138", ASCII, HEBREW),
    ISO_IR_148("ISO_IR 148", ASCII, LATIN5),
    ISO_IR_203("ISO_IR 203", ASCII, LATIN9),
    ISO_IR_166("ISO_IR 166", ASCII, THAI),
    ISO_IR_13("ISO_IR 13", JIS_ROMAN, KATAKANA),
    ISO_IR_192("ISO_IR 192", "UTF-8"),
    GB18030("GB18030", "GB18030"),
    GBK("GBK", "GBK"),
    ISO_2022_IR_6("ISO 2022 IR 6", ASCII, null),
    ISO_2022_IR_100("ISO 2022 IR 100", ASCII, LATIN1),
    ISO_2022_IR_101("ISO 2022 IR 101", ASCII, LATIN2),
    ISO_2022_IR_109("ISO 2022 IR 109", ASCII, LATIN3),
    ISO_2022_IR_110("ISO 2022 IR 110", ASCII, LATIN4),
    ISO_2022_IR_144("ISO 2022 IR 144", ASCII, CYRILLIC),
    ISO_2022_IR_127("ISO 2022 IR 127", ASCII, ARABIC),
    ISO_2022_IR_126("ISO 2022 IR 126", ASCII, GREEK),
    ISO_2022_IR_138("ISO 2022 IR 138", ASCII, HEBREW),
    ISO_2022_IR_148("ISO 2022 IR 148", ASCII, LATIN5),
    ISO_2022_IR_203("ISO 2022 IR 203", ASCII, LATIN9),
    ISO_2022_IR_166("ISO 2022 IR 166", ASCII, THAI),
    ISO_2022_IR_13("ISO 2022 IR 13", JIS_ROMAN, KATAKANA),
    ISO_2022_IR_87("ISO 2022 IR 87", GraphicSet.JIS_X0208, null),
    ISO_2022_IR_159("ISO 2022 IR 159", GraphicSet.JIS_X0212, null),
    ISO_2022_IR_149("ISO 2022 IR 149", null, GraphicSet.KS_X1001),
    ISO_2022_IR_58("ISO 2022 IR 58", null, GraphicSet.GB2312);

    private static final Map<String, DefinedTerm> BY_TERM = new HashMap<>();

    static {
        for (DefinedTerm t : values()) {
            BY_TERM.put(t.term, t);
        }
    }

    private final String term;
    private final GraphicSet g0;
    private final GraphicSet g1;
    private final String charsetName;

    DefinedTerm(String term, GraphicSet g0, GraphicSet g1) {
        this.term = term;
        this.g0 = g0;
        this.g1 = g1;
        this.charsetName = null;
    }

    DefinedTerm(String term, String charsetName) {
        this.term = term;
        this.g0 = null;
        this.g1 = null;
        this.charsetName = charsetName;
    }

    /** The Defined Term exactly as PS3.3 spells it, e.g. {@code ISO 2022 IR 87}. */
    public String term() {
        return term;
    }

    /** The term with exactly this spelling (no leniency; see {@link SpecificCharacterSet#of} for that). */
    public static Optional<DefinedTerm> of(String term) {
        return Optional.ofNullable(BY_TERM.get(term));
    }

    /** True for the "ISO 2022" terms, which allow code extension with escape sequences. */
    public boolean hasCodeExtension() {
        return term.startsWith("ISO 2022");
    }

    /** True for ISO_IR 192, GB18030 and GBK: variable length codes that allow no other value. */
    public boolean isVariableLength() {
        return charsetName != null;
    }

    /** True for the double-byte ISO 2022 sets (IR 87, 159, 149, 58), which cannot be value 1. */
    public boolean isDoubleByte() {
        GraphicSet set = g0 != null ? g0 : g1;
        return set != null && set.doubleByte();
    }

    /**
     * The "ISO 2022" term for the same single-byte repertoire ({@code ISO_IR 100} to {@code ISO 2022 IR 100}), this
     * term when it already has code extension, or empty for the variable length terms.
     */
    public Optional<DefinedTerm> withCodeExtension() {
        if (hasCodeExtension()) {
            return Optional.of(this);
        }
        return isVariableLength() ? Optional.empty() : of("ISO 2022 IR " + term.substring("ISO_IR ".length()));
    }

    GraphicSet g0() {
        return g0;
    }

    GraphicSet g1() {
        return g1;
    }

    String charsetName() {
        return charsetName;
    }
}
