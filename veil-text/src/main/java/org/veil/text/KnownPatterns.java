package org.veil.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compiled form of {@link KnownIdentifiers}: every written form of every value as a folded key in one
 * {@link WordTrie}, plus the initials of each person. Keys never contain separators; the detector walks the trie
 * across short gaps between tokens, so "St. Mary Hospital", "ST MARY HOSPITAL" and "St Mary-Hospital" all match.
 */
final class KnownPatterns {

    /**
     * What a key is, which decides when a match counts. {@code source} is the rank of the kind of value it comes
     * from (person, identifier, institution, other), the order in which {@link #compile} adds values: when two
     * values give the same key, the first added owns it.
     */
    enum Kind {
        NAME_FULL(0), NAME_PART(0), IDENTIFIER(1), INSTITUTION_FULL(2), INSTITUTION_PART(2), INSTITUTION_ACRONYM(2),
        OTHER(3);

        final int source;

        Kind(int source) {
            this.source = source;
        }
    }

    record Pattern(Kind kind, FindingCategory category, int owner) {
        Pattern withOwner(int value) {
            return value == owner ? this : new Pattern(kind, category, value);
        }
    }

    static final int MIN_IDENTIFIER_LENGTH = 4;
    private static final Set<String> PARTICLES = Set.of("VAN", "VON", "DER", "DEN", "DE", "DEL", "DELLA", "DI", "DA",
            "DOS", "DAS", "DO", "DU", "DES", "LA", "LE", "EL", "AL", "BEN", "BIN", "IBN", "ABU", "TER", "TEN", "ZU",
            "MAC", "MC", "O", "ST", "SAINT");
    private static final Set<String> GENERIC_INSTITUTION_WORDS = Set.of("HOSPITAL", "HOSPITALS", "CLINIC", "CLINICS",
            "MEDICAL", "MEDICINE", "CENTER", "CENTRE", "CENTERS", "HEALTH", "HEALTHCARE", "UNIVERSITY", "UNIVERSITAIRE",
            "UNIVERSITARIO", "UNIVERSITARIA", "UNIVERSITATS", "UNIVERSITAT", "INSTITUTE", "INSTITUT", "INSTITUTO",
            "IMAGING", "RADIOLOGY", "DEPARTMENT", "DEPT", "OF", "THE", "AND", "FOR", "SYSTEM", "SERVICES", "GENERAL",
            "REGIONAL", "COMMUNITY", "MEMORIAL", "CHILDRENS", "CHILDREN", "KLINIKUM", "KLINIK", "KRANKENHAUS",
            "HOPITAL", "HOPITAUX", "HOSPITALIER", "HOSPITALARIO", "CHU", "CHRU", "OSPEDALE", "AZIENDA", "ZIEKENHUIS",
            "MEDISCH", "CENTRUM", "UMC", "DE", "DU", "DES", "LA", "LE", "DI", "DEL", "DELLA", "VAN", "DER", "Y",
            "INC", "LLC", "LTD", "GMBH", "PRACTICE", "GROUP", "ASSOCIATES", "PC", "PA", "NHS", "TRUST", "FOUNDATION");

    private static final KnownPatterns EMPTY = new KnownPatterns(null, new Pattern[0], new String[0],
            Map.of(), new String[0]);

    private final WordTrie trie;
    private final Pattern[] patterns;
    private final String[] sources;
    private final Map<String, Integer> initials;
    private final String[] letters;

    private KnownPatterns(WordTrie trie, Pattern[] patterns, String[] sources, Map<String, Integer> initials,
                          String[] letters) {
        this.trie = trie;
        this.patterns = patterns;
        this.sources = sources;
        this.initials = initials;
        this.letters = letters;
    }

    static KnownPatterns compile(List<String> persons, List<String> ids, List<String> institutions,
                                 List<String> others) {
        if (persons.isEmpty() && ids.isEmpty() && institutions.isEmpty() && others.isEmpty()) {
            return EMPTY;
        }
        Compiler c = new Compiler();
        persons.forEach(c::person);
        ids.forEach(c::identifier);
        institutions.forEach(c::institution);
        others.forEach(c::other);
        return c.finish();
    }

    boolean isEmpty() {
        return trie == null;
    }

    /**
     * The longest key read from token {@code from} on, across soft gaps, that ends at a token end: its last token
     * in the high 32 bits and its trie value (pattern index + 1) in the low ones; -1 when no key matches.
     */
    long longestMatch(TokenizedText t, int from) {
        if (trie == null) {
            return -1;
        }
        int bestValue = 0;
        int bestEnd = -1;
        int node = WordTrie.ROOT;
        for (int j = from; j < t.count; j++) {
            for (int k = t.fStart[j]; k < t.fEnd[j]; k++) {
                node = trie.step(node, t.folded[k]);
                if (node == WordTrie.NO_NODE) {
                    return bestValue == 0 ? -1 : (long) bestEnd << 32 | bestValue;
                }
            }
            if (trie.value(node) != 0) {
                bestValue = trie.value(node);
                bestEnd = j;
            }
            if (!t.softGapAfter(j)) {
                break;
            }
        }
        return bestValue == 0 ? -1 : (long) bestEnd << 32 | bestValue;
    }

    /** The pattern of a trie value (values are pattern index + 1). */
    Pattern pattern(int trieValue) {
        return patterns[trieValue - 1];
    }

    /** The number of values compiled (owners are 0 to this, exclusive). */
    int owners() {
        return sources.length;
    }

    /** The value as given to {@link KnownIdentifiers}, for pseudonyms. */
    String source(int owner) {
        return sources[owner];
    }

    /** The person whose initials are {@code folded} (2 or 3 letters), or -1. */
    int initialsOwner(String folded) {
        Integer owner = initials.get(folded);
        return owner == null ? -1 : owner;
    }

    /** True when {@code letter} is the first letter of a name word of person {@code owner}. */
    boolean isInitialOf(int owner, char letter) {
        String l = owner >= 0 && owner < letters.length ? letters[owner] : null;
        return l != null && l.indexOf(letter) >= 0;
    }

    boolean hasInitials() {
        return !initials.isEmpty();
    }

    private static final class Compiler {
        private final Map<String, Integer> keys = new LinkedHashMap<>();
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final Map<String, Integer> initials = new HashMap<>();
        private final List<String> letters = new ArrayList<>();

        void person(String value) {
            int owner = owner(value);
            StringBuilder ownerLetters = new StringBuilder();
            String[] groups = value.split("=", -1);
            for (int g = 0; g < groups.length; g++) {
                String[] components = groups[g].split("\\^", -1);
                boolean freeForm = components.length == 1;
                for (int c = 0; c < components.length && c < 3; c++) {
                    nameComponent(components[c], owner);
                }
                if (g == 0) {
                    personInitials(components, freeForm, owner, ownerLetters);
                }
            }
            while (letters.size() < owner) {
                letters.add("");
            }
            letters.add(ownerLetters.toString());
        }

        private void nameComponent(String component, int owner) {
            for (String form : PersonNameForms.spellings(component)) {
                List<String> words = WordListFile.words(form);
                if (words.isEmpty()) {
                    continue;
                }
                add(String.join("", words), words.size() > 1 ? Kind.NAME_FULL : Kind.NAME_PART,
                        FindingCategory.NAME_KNOWN, owner);
                if (words.size() > 1) {
                    for (String w : words) {
                        add(w, Kind.NAME_PART, FindingCategory.NAME_KNOWN, owner);
                    }
                }
            }
        }

        private void personInitials(String[] components, boolean freeForm, int owner, StringBuilder ownerLetters) {
            List<String> family;
            List<String> given;
            List<String> middle = List.of();
            if (freeForm) {
                List<String> words = WordListFile.words(components[0]);
                if (words.size() < 2) {
                    return;
                }
                family = words.subList(words.size() - 1, words.size());
                given = words.subList(0, 1);
                middle = words.subList(1, words.size() - 1);
            } else {
                family = WordListFile.words(components[0]);
                given = components.length > 1 ? WordListFile.words(components[1]) : List.of();
                middle = components.length > 2 ? WordListFile.words(components[2]) : List.of();
            }
            for (List<String> part : List.of(family, given, middle)) {
                part.forEach(w -> ownerLetters.append(w.charAt(0)));
            }
            if (family.isEmpty() || given.isEmpty()) {
                return;
            }
            List<String> familyForms = List.of(family.get(0).substring(0, 1), mainWord(family).substring(0, 1));
            List<String> givenForms = List.of(given.get(0).substring(0, 1), initialsOf(given));
            String m = initialsOf(middle);
            for (String f : familyForms) {
                for (String g : givenForms) {
                    for (String combination : List.of(g + f, f + g, g + m + f)) {
                        if (combination.length() >= 2 && combination.length() <= 3
                                && combination.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                            initials.putIfAbsent(combination, owner);
                        }
                    }
                }
            }
        }

        /** The first word of a family name that is not a particle: BERG in VAN DEN BERG. */
        private static String mainWord(List<String> family) {
            for (String w : family) {
                if (!PARTICLES.contains(w)) {
                    return w;
                }
            }
            return family.get(0);
        }

        private static String initialsOf(List<String> words) {
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                sb.append(w.charAt(0));
            }
            return sb.toString();
        }

        void identifier(String value) {
            int owner = owner(value);
            String whole = CharFold.foldWord(value);
            if (whole.length() < MIN_IDENTIFIER_LENGTH) {
                return;
            }
            add(whole, Kind.IDENTIFIER, FindingCategory.IDENTIFIER_KNOWN, owner);
            String digits = digitsOf(whole);
            if (!digits.equals(whole) && digits.length() >= MIN_IDENTIFIER_LENGTH) {
                add(digits, Kind.IDENTIFIER, FindingCategory.IDENTIFIER_KNOWN, owner);
            }
            String unpadded = withoutLeadingZeros(digits);
            if (!unpadded.equals(digits) && unpadded.length() >= MIN_IDENTIFIER_LENGTH) {
                add(unpadded, Kind.IDENTIFIER, FindingCategory.IDENTIFIER_KNOWN, owner);
            }
        }

        /** The ASCII digits of {@code s}, in order (no regular expression: this runs for every new value). */
        private static String digitsOf(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static String withoutLeadingZeros(String digits) {
            int i = 0;
            while (i < digits.length() && digits.charAt(i) == '0') {
                i++;
            }
            return digits.substring(i);
        }

        void institution(String value) {
            int owner = owner(value);
            List<String> words = WordListFile.words(value);
            if (words.isEmpty()) {
                return;
            }
            add(String.join("", words), Kind.INSTITUTION_FULL, FindingCategory.INSTITUTION_KNOWN, owner);
            List<String> distinctive = words.stream().filter(w -> !GENERIC_INSTITUTION_WORDS.contains(w)).toList();
            String stripped = String.join("", distinctive);
            if (!distinctive.isEmpty() && distinctive.size() < words.size() && stripped.length() >= 4) {
                add(stripped, distinctive.size() > 1 ? Kind.INSTITUTION_FULL : Kind.INSTITUTION_PART,
                        FindingCategory.INSTITUTION_KNOWN, owner);
            }
            if (words.size() >= 3) {
                add(initialsOf(words), Kind.INSTITUTION_ACRONYM, FindingCategory.INSTITUTION_KNOWN, owner);
            }
        }

        void other(String value) {
            int owner = owner(value);
            List<String> words = WordListFile.words(value);
            String whole = String.join("", words);
            if (whole.length() >= 3) {
                add(whole, Kind.OTHER, FindingCategory.IDENTIFIER_KNOWN, owner);
            }
        }

        private int owner(String value) {
            sources.add(value);
            return sources.size() - 1;
        }

        private void add(String key, Kind kind, FindingCategory category, int owner) {
            if (key.isEmpty() || keys.containsKey(key)) {
                return;
            }
            patterns.add(new Pattern(kind, category, owner));
            keys.put(key, patterns.size());
        }

        KnownPatterns finish() {
            while (letters.size() < sources.size()) {
                letters.add("");
            }
            return new KnownPatterns(keys.isEmpty() ? null : WordTrie.of(keys), patterns.toArray(new Pattern[0]),
                    sources.toArray(new String[0]), Map.copyOf(initials), lettersByOwner());
        }

        private String[] lettersByOwner() {
            return letters.toArray(new String[0]);
        }
    }
}
