package org.veil.dicom.charset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.VR;

/**
 * The character repertoires and encoding of text values named by Specific Character Set (0008,0005), PS3.5 Section
 * 6.1: decoding of SH, LO, UC, ST, LT, UT, UR and PN values to Java strings and encoding back, including ISO 2022
 * code extension with G0/G1 redesignation per value, per line and per PN component (group).
 *
 * <p>Instances are immutable, thread-safe and cached by {@link #of}: a run sees a handful of distinct values.
 * Creating one never throws: misspelt terms are read leniently and unknown ones fall back to the default repertoire,
 * each repair recorded in {@link #warnings()} (and logged once at WARN when the instance is created). Decoding never
 * throws either: bytes without a character become U+FFFD. Encoding never drops a character silently: see
 * {@link UnmappablePolicy}.
 *
 * <p>Choices where the standard is silent or the field disagrees with it:
 * <ul>
 * <li>the default repertoire (no or empty Specific Character Set) decodes bytes 0x80-0xFF as ISO 8859-1, and so
 * does ISO 2022 code extension while no G1 set is designated; encoding stays strict ASCII;</li>
 * <li>ISO-IR 14, the G0 set of ISO_IR 13, is read as ASCII: 05/12 is the backslash, 07/14 the tilde;</li>
 * <li>escape sequences of every supported set are honoured in ISO 2022 values, even sets that (0008,0005) does not
 * declare; with a single value without the "ISO 2022" prefix ESC is an ordinary control character;</li>
 * <li>the default-repertoire VRs (AE, AS, CS, DA, DS, DT, IS, TM, UI, ...) are decoded and encoded with
 * {@link #DEFAULT} whatever the character set, as PS3.5 Section 6.1.2.3 says.</li>
 * </ul>
 */
public final class SpecificCharacterSet {
    private static final Logger LOG = LoggerFactory.getLogger(SpecificCharacterSet.class);
    private static final int CACHE_LIMIT = 256;
    private static final ConcurrentMap<List<String>, SpecificCharacterSet> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, SpecificCharacterSet> CACHE_BY_VALUE = new ConcurrentHashMap<>();

    /** ISO-IR 6, the default repertoire: ASCII, bytes 0x80-0xFF read leniently as ISO 8859-1. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(TermInterpreter.DEFAULT);

    private final TextCodec codec;
    private final List<String> terms;
    private final List<String> warnings;

    private SpecificCharacterSet(TermInterpreter.Interpretation interpretation) {
        this.codec = interpretation.codec();
        this.terms = interpretation.terms();
        this.warnings = interpretation.warnings();
    }

    /**
     * The character set of the values of (0008,0005), e.g. {@code of("", "ISO 2022 IR 87")}. Value 1 may be empty
     * (or null); padding is ignored. No values, or only empty ones, give {@link #DEFAULT}.
     */
    public static SpecificCharacterSet of(String... definedTerms) {
        List<String> key = new ArrayList<>(definedTerms.length);
        for (String term : definedTerms) {
            key.add(term == null ? "" : term);
        }
        return of(List.copyOf(key));
    }

    /** The character set of a raw (0008,0005) value, values separated by backslash: {@code \ISO 2022 IR 87}. */
    public static SpecificCharacterSet ofValue(String backslashSeparated) {
        if (backslashSeparated == null || backslashSeparated.isBlank()) {
            return DEFAULT;
        }
        SpecificCharacterSet cached = CACHE_BY_VALUE.get(backslashSeparated);
        if (cached != null) {
            return cached;
        }
        SpecificCharacterSet created = of(List.of(backslashSeparated.split("\\\\", -1)));
        if (CACHE_BY_VALUE.size() < CACHE_LIMIT) {
            CACHE_BY_VALUE.putIfAbsent(backslashSeparated, created);
        }
        return created;
    }

    private static SpecificCharacterSet of(List<String> values) {
        SpecificCharacterSet cached = CACHE.get(values);
        if (cached != null) {
            return cached;
        }
        var interpretation = TermInterpreter.interpret(values);
        if (interpretation == TermInterpreter.DEFAULT) {
            return DEFAULT;
        }
        SpecificCharacterSet created = new SpecificCharacterSet(interpretation);
        for (String warning : created.warnings) {
            LOG.warn("Specific Character Set {}: {}", TermResolver.quote(String.join("\\", values)), warning);
        }
        if (CACHE.size() < CACHE_LIMIT) {
            SpecificCharacterSet raced = CACHE.putIfAbsent(values, created);
            return raced != null ? raced : created;
        }
        return created;
    }

    /**
     * Decodes a value, or several backslash-separated values, starting in the initial designations.
     *
     * @param delimiters the bytes after which ISO 2022 designations return to the initial ones
     * @return the text with padding and delimiters kept; never throws for any byte content
     */
    public String decode(byte[] bytes, int offset, int length, Delimiters delimiters) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return codec.decode(bytes, offset, length, Objects.requireNonNull(delimiters, "delimiters"));
    }

    /** Decodes a whole value of a string VR, with the delimiters of that VR. */
    public String decode(byte[] bytes, VR vr) {
        Delimiters delimiters = Delimiters.of(vr);
        return codecFor(vr).decode(bytes, 0, bytes.length, delimiters);
    }

    /**
     * Encodes a value of a string VR, designating ISO 2022 sets where needed.
     *
     * @throws UnencodableCharacterException for the first character that no set can encode
     */
    public byte[] encode(String text, VR vr) {
        return encode(text, vr, UnmappablePolicy.REJECT);
    }

    /** Encodes a value of a string VR; the policy says what happens to characters no set can encode. */
    public byte[] encode(String text, VR vr, UnmappablePolicy policy) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(policy, "policy");
        Delimiters delimiters = Delimiters.of(vr);
        return codecFor(vr).encode(text, delimiters, policy);
    }

    /** True when {@link #encode(String, VR)} would encode every character of the text (of a VR using this set). */
    public boolean canEncode(String text) {
        return codec.canEncode(text);
    }

    /**
     * The Defined Terms as interpreted, canonical spelling, value 1 possibly empty; empty for the default
     * repertoire. Write these to (0008,0005) for values encoded with this set.
     */
    public List<String> definedTerms() {
        return terms;
    }

    /** The repairs made to read (0008,0005), one message each; empty when the value was correct. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * True when every byte below 0x80, wherever it stands, is the ASCII character of that code, so a reader may
     * split values at 05/12 and compare ASCII bytes without decoding. False when a declared set designates
     * double-byte G0 (ISO 2022 IR 87, IR 159) and for GB18030 and GBK, whose second bytes may fall below 0x80.
     */
    public boolean isAsciiCompatible() {
        return codec.isAsciiCompatible();
    }

    /** This set's codec for VRs that use the Specific Character Set, the default one for the others. */
    private TextCodec codecFor(VR vr) {
        return vr.usesCharacterSet() ? codec : DEFAULT.codec;
    }

    /** Equal when the interpreted Defined Terms are equal; the warnings play no part. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** The interpreted value of (0008,0005), backslash separated, e.g. {@code \ISO 2022 IR 87}. */
    @Override
    public String toString() {
        return terms.isEmpty() ? "(default repertoire)" : String.join("\\", terms);
    }
}
