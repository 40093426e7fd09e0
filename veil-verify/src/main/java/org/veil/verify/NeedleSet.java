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
        this.sources = List.copyOf(b.sources);
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

    /** Collects values and turns them into patterns. */
    static final class Builder {
        private final VerifyConfig config;
        private final AhoCorasick.Builder ac = new AhoCorasick.Builder();
        private final LongPatterns.Builder longs = new LongPatterns.Builder();
        private final List<Integer> patternLengths = new ArrayList<>();
        private final Set<ByteBuffer> seen = new HashSet<>();
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
                    String s = variant.length() > MAX_CHARS ? variant.substring(0, MAX_CHARS) : variant;
                    encodeAll(where, s, vr, charset);
                }
            }
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

        private void encodeAll(NeedleSource where, String s, VR vr, SpecificCharacterSet charset) {
            boolean num = !hasLetter(s);
            if (charset.canEncode(s)) {
                try {
                    pattern(where, charset.encode(s, vr), "data set character set", num);
                } catch (UnencodableCharacterException e) {
                    // e.g. a non-ASCII byte in a UID: VR UI has no character set; the encodings below still search it
                }
            }
            pattern(where, s.getBytes(StandardCharsets.UTF_8), "UTF-8", num);
            Charset latin1 = StandardCharsets.ISO_8859_1;
            if (latin1.newEncoder().canEncode(s)) {
                pattern(where, s.getBytes(latin1), "Latin-1", num);
            }
            pattern(where, s.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", num);
            pattern(where, s.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", num);
        }

        private void pattern(NeedleSource where, byte[] bytes, String enc, boolean num) {
            byte[] folded = Arrays.copyOf(bytes, Math.min(bytes.length, MAX_BYTES));
            for (int i = 0; i < folded.length; i++) {
                folded[i] = AhoCorasick.fold(folded[i]);
            }
            if (folded.length == 0 || seen.contains(ByteBuffer.wrap(folded))) {
                return;
            }
            int id = patternSource.size();
            if (folded.length >= LongPatterns.WINDOW) {
                longs.add(folded, id);
            } else {
                ac.add(folded, id);
            }
            seen.add(ByteBuffer.wrap(folded));
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
                "MODIFIED", "UNMODIFIED");
    }
}
