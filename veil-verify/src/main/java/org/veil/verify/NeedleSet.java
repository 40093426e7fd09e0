package org.veil.verify;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.charset.UnencodableCharacterException;

/**
 * Every identifying value of the inputs, as byte patterns in every plausible encoding (the data set's character set,
 * UTF-8, Latin-1, UTF-16LE/BE), compiled into one automaton. Values too weak to search for without false positives
 * are dropped (see {@link VerifyConfig}); patterns that also occur in values the profile keeps are disabled with
 * {@link #disabler}. Build with {@link Builder}; immutable after that except for disabling.
 *
 * <p>A match counts only as a whole token: a pattern that starts (ends) with an ASCII letter or digit must not have
 * one before (after) it, so a name part inside a random pseudonym or an institution "Anon" inside the dummy value
 * {@code ANONYMIZED} is no match (numeric patterns: no digit before or after). Each pattern also records the
 * {@linkplain #variantKey spelling} it encodes, so a hit can be attributed to the output's own input, and whether it
 * identifies a patient wherever it appears ({@link #crossPatient}: whole names, IDs, accession numbers, UIDs,
 * addresses) or only in the outputs of an input that has it (single name parts, dates, descriptions, private and
 * device values, which other patients share).
 */
final class NeedleSet {
    private static final int MAX_CHARS = 128;
    /** Longer encodings are cut: a search keeps the last 1 KiB to confirm a match. */
    private static final int MAX_BYTES = 512;

    private final AhoCorasick automaton;
    private final LongPatterns longPatterns;
    private final int[] lengths;
    private final int[] source;
    private final String[] encoding;
    private final byte[] unit;
    private final BitSet numeric;
    private final BitSet openStart;
    private final BitSet openEnd;
    private final BitSet crossPatient;
    private final BitSet namePart;
    private final BitSet descriptive;
    private final long[] variantKeys;
    private final int[] chars;
    private final BitSet disabled = new BitSet();
    private final List<NeedleSource> sources;

    private NeedleSet(Builder b) {
        this.automaton = b.ac.build();
        this.longPatterns = b.longs.build();
        this.lengths = b.patternLengths.stream().mapToInt(Integer::intValue).toArray();
        b.seen.clear();
        b.added.clear();
        this.source = b.patternSource.stream().mapToInt(Integer::intValue).toArray();
        this.encoding = b.patternEncoding.toArray(new String[0]);
        this.unit = new byte[source.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = encoding[i].startsWith("UTF-16") ? (byte) 2 : (byte) 1;
        }
        this.numeric = b.numeric;
        this.openStart = b.openStart;
        this.openEnd = b.openEnd;
        this.crossPatient = b.crossPatient;
        this.namePart = b.namePart;
        this.descriptive = b.descriptive;
        this.variantKeys = b.variantKeys.stream().mapToLong(Long::longValue).toArray();
        this.chars = b.patternChars.stream().mapToInt(Integer::intValue).toArray();
        this.sources = List.copyOf(b.sources);
    }

    /** True when a match of {@code p} needs no token boundary before it (its first character is not alphanumeric). */
    boolean openStart(int p) {
        return openStart.get(p);
    }

    /** True when a match needs no token boundary after it (last character not alphanumeric, or a cut value). */
    boolean openEnd(int p) {
        return openEnd.get(p);
    }

    /** True when the pattern identifies a patient in any output, not only in the outputs of an input that has it. */
    boolean crossPatient(int p) {
        return crossPatient.get(p);
    }

    /**
     * True when the pattern is a single part of a person name (no whole name): written all in lower case in an output
     * it is a common word ("signed", "brown"), since names are written capitalised or in capitals.
     */
    boolean namePart(int p) {
        return namePart.get(p);
    }

    /**
     * True when every value the pattern came from is a description or private value (never a name, ID, date,
     * address, institution or device): such text kept by a cleaned attribute of the inputs is not a leak.
     */
    boolean descriptive(int p) {
        return descriptive.get(p);
    }

    /** The {@link #keyOf} of the spelling pattern {@code p} encodes. */
    long variantKey(int p) {
        return variantKeys[p];
    }

    /** Characters of the spelling pattern {@code p} encodes (its bytes may be more). */
    int chars(int p) {
        return chars[p];
    }

    /**
     * A 64-bit key of one spelling of a value (upper-cased, cut like the patterns), the same for every encoding of it:
     * what an input's {@link InputFacts#ownsVariant own values} are compared by.
     */
    static long keyOf(String variant) {
        String s = (variant.length() > MAX_CHARS ? variant.substring(0, MAX_CHARS) : variant).toUpperCase(Locale.ROOT);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    AhoCorasick automaton() {
        return automaton;
    }

    /** The patterns of at least {@link LongPatterns#WINDOW} bytes, which the automaton does not hold. */
    LongPatterns longPatterns() {
        return longPatterns;
    }

    /** Length in bytes of pattern {@code p}. */
    int length(int p) {
        return lengths[p];
    }

    boolean enabled(int p) {
        return !disabled.get(p);
    }

    boolean numeric(int p) {
        return numeric.get(p);
    }

    int unit(int p) {
        return unit[p];
    }

    NeedleSource source(int p) {
        return sources.get(source[p]);
    }

    String encoding(int p) {
        return encoding[p];
    }

    int size() {
        return source.length;
    }

    int enabledCount() {
        return size() - disabled.cardinality();
    }

    /**
     * A scan that disables every pattern found in what it is fed (text the output may carry by right). Call before
     * searching outputs: disabling is not thread-safe.
     */
    StreamScan disabler() {
        return new StreamScan(this, (p, at) -> disabled.set(p));
    }

    /**
     * A scan that disables the {@linkplain #descriptive descriptive} patterns found in what it is fed: the text that
     * cleaned attributes (e.g. descriptions under Clean Descriptors) keep by design. Identifiers stay enabled.
     */
    StreamScan descriptiveDisabler() {
        return new StreamScan(this, (p, at) -> {
            if (descriptive.get(p)) {
                disabled.set(p);
            }
        });
    }

    /** Collects values and turns them into patterns. */
    static final class Builder {
        private final VerifyConfig config;
        private final AhoCorasick.Builder ac = new AhoCorasick.Builder();
        private final LongPatterns.Builder longs = new LongPatterns.Builder();
        private final List<Integer> patternLengths = new ArrayList<>();
        private final Map<ByteBuffer, Integer> seen = new HashMap<>();
        private final BitSet openStart = new BitSet();
        private final BitSet openEnd = new BitSet();
        private final BitSet crossPatient = new BitSet();
        private final BitSet namePart = new BitSet();
        private final BitSet descriptive = new BitSet();
        private final List<Long> variantKeys = new ArrayList<>();
        private final List<Integer> patternChars = new ArrayList<>();
        private final List<Integer> patternSource = new ArrayList<>();
        private final List<String> patternEncoding = new ArrayList<>();
        private final BitSet numeric = new BitSet();
        private final List<NeedleSource> sources = new ArrayList<>();
        private final Map<NeedleSource, Integer> sourceIds = new HashMap<>();
        private final Set<Added> added = new HashSet<>();

        private record Added(String value, Category category, VR vr, SpecificCharacterSet charset) {
        }

        Builder(VerifyConfig config) {
            this.config = config;
        }

        /**
         * Adds one value (a single value, not backslash-joined) of an identifying attribute. A value added before in
         * the same category, VR and character set adds nothing: its patterns keep their first source.
         */
        void add(NeedleSource where, String value, VR vr, SpecificCharacterSet charset) {
            if (!added.add(new Added(value, where.category(), vr, charset))) {
                return;
            }
            for (String variant : ValueVariants.of(value, vr)) {
                if (worthSearching(variant, where.category())) {
                    boolean cut = variant.length() > MAX_CHARS;
                    String s = cut ? variant.substring(0, MAX_CHARS) : variant;
                    boolean part = where.category() == Category.NAME && !crossPatient(where.category(), variant)
                            && !variant.strip().equalsIgnoreCase(value.strip());
                    encodeAll(new Spelling(where, s, cut, crossPatient(where.category(), variant), part), vr,
                            charset);
                }
            }
        }

        /** One spelling of a value to encode: where it came from, whether it was cut, how far it identifies. */
        private record Spelling(NeedleSource where, String text, boolean cut, boolean crossPatient, boolean part) {
        }

        /**
         * Whether a spelling identifies a patient in any output. Whole names (two components or more), IDs,
         * accession numbers, UIDs and addresses do; a single name part, dates, institutions, devices, descriptions
         * and private values are shared by many patients and identify only where their own input is.
         */
        private static boolean crossPatient(Category c, String variant) {
            return switch (c) {
                case NAME -> variant.strip().chars().anyMatch(ch -> ch == ' ' || ch == '^' || ch == ',' || ch == '=');
                case ID, ACCESSION, UID, ADDRESS -> true;
                default -> false;
            };
        }

        boolean worthSearching(String s, Category c) {
            if (s.length() < config.minNeedleChars()) {
                return false;
            }
            if (config.ignoredValues().contains(s.toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (s.chars().map(Character::toUpperCase).distinct().count() < 2) {
                return false;
            }
            if (c == Category.UID) {
                return !s.startsWith("1.2.840.10008.") && digits(s) >= config.minDigits();
            }
            if (hasLetter(s)) {
                return true;
            }
            if (s.indexOf('.') >= 0 && c != Category.DATE) {
                return false;
            }
            return digits(s) >= config.minDigits();
        }

        private void encodeAll(Spelling sp, VR vr, SpecificCharacterSet charset) {
            String s = sp.text();
            if (charset.canEncode(s)) {
                try {
                    pattern(sp, charset.encode(s, vr), "data set character set");
                } catch (UnencodableCharacterException e) {
                    // e.g. a non-ASCII byte in a UID: VR UI has no character set; the encodings below still search it
                }
            }
            pattern(sp, s.getBytes(StandardCharsets.UTF_8), "UTF-8");
            Charset latin1 = StandardCharsets.ISO_8859_1;
            if (latin1.newEncoder().canEncode(s)) {
                pattern(sp, s.getBytes(latin1), "Latin-1");
            }
            pattern(sp, s.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
            pattern(sp, s.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE");
        }

        private void pattern(Spelling sp, byte[] bytes, String enc) {
            NeedleSource where = sp.where();
            boolean num = !hasLetter(sp.text());
            byte[] folded = Arrays.copyOf(bytes, Math.min(bytes.length, MAX_BYTES));
            for (int i = 0; i < folded.length; i++) {
                folded[i] = AhoCorasick.fold(folded[i]);
            }
            if (folded.length == 0) {
                return;
            }
            boolean describes = describes(where.category());
            boolean part = sp.part();
            Integer before = seen.get(ByteBuffer.wrap(folded));
            if (before != null) {
                if (sp.crossPatient()) {
                    crossPatient.set(before);
                }
                if (!describes) {
                    descriptive.clear(before);
                }
                if (!part) {
                    namePart.clear(before);
                }
                return;
            }
            int id = patternSource.size();
            String text = sp.text();
            if (!alphanumeric(text.charAt(0))) {
                openStart.set(id);
            }
            if (sp.cut() || bytes.length > MAX_BYTES || !alphanumeric(text.charAt(text.length() - 1))) {
                openEnd.set(id);
            }
            if (sp.crossPatient()) {
                crossPatient.set(id);
            }
            descriptive.set(id, describes);
            namePart.set(id, part);
            variantKeys.add(keyOf(text));
            patternChars.add(text.length());
            if (folded.length >= LongPatterns.WINDOW) {
                longs.add(folded, id);
            } else {
                ac.add(folded, id);
            }
            seen.put(ByteBuffer.wrap(folded), id);
            patternLengths.add(folded.length);
            patternSource.add(sourceIds.computeIfAbsent(where, w -> {
                sources.add(w);
                return sources.size() - 1;
            }));
            patternEncoding.add(enc);
            if (num) {
                numeric.set(id);
            }
        }

        private static boolean describes(Category c) {
            return c == Category.PROFILE_VALUE || c == Category.PRIVATE;
        }

        private static boolean alphanumeric(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        private static boolean hasLetter(String s) {
            return s.codePoints().anyMatch(Character::isLetter);
        }

        private static int digits(String s) {
            return (int) s.chars().filter(ch -> ch >= '0' && ch <= '9').count();
        }

        int patterns() {
            return patternSource.size();
        }

        NeedleSet build() {
            return new NeedleSet(this);
        }
    }

    static Set<String> defaultIgnored() {
        return Set.of("ANONYMIZED", "ANONYMOUS", "19000101", "19000101000000", "URN:VEIL:ANONYMIZED", "REMOVED",
                "MODIFIED", "UNMODIFIED",
                // Veil's marker for text it removed, and the placeholders other de-identifiers leave in inputs
                "REDACTED", "ANON", "ANONYMISED", "DEIDENTIFIED", "DE-IDENTIFIED", "UNKNOWN");
    }
}
