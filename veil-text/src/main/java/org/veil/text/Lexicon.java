package org.veil.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every run-wide word the scrubber knows, in one trie: names, allow-listed terms and context words, each with bit
 * flags. One lookup per token gives all the flags of that token.
 */
final class Lexicon {

    static final int FIRST = 1;
    static final int LAST = 1 << 1;
    static final int CLINICAL = 1 << 2;
    static final int ENGLISH = 1 << 3;
    static final int EPONYM = 1 << 4;
    static final int TITLE = 1 << 5;
    static final int TITLE_AMBIGUOUS = 1 << 6;
    static final int CUE = 1 << 7;
    static final int ROLE = 1 << 8;
    static final int POST = 1 << 9;
    static final int SUFFIX = 1 << 10;
    static final int PARTICLE = 1 << 11;
    static final int STREET_SUFFIX = 1 << 12;
    static final int STREET_PREFIX = 1 << 13;
    static final int UNIT = 1 << 14;
    static final int ID_CUE = 1 << 15;
    static final int PHONE_CUE = 1 << 16;
    static final int STATE = 1 << 17;
    static final int EPONYM_CONTEXT = 1 << 18;
    static final int VOCAB = 1 << 19;
    static final int MONTH = 1 << 20;
    static final int POSTAL_CUE = 1 << 21;
    static final int TIME_WORD = 1 << 22;
    static final int AGE_WORD = 1 << 23;
    static final int USPS_SUFFIX = 1 << 24;
    static final int THOROUGHFARE = 1 << 25;
    static final int ORG_HEAD = 1 << 26;
    static final int ORG_LEAD = 1 << 27;
    static final int ORG_WORD = 1 << 28;
    static final int ORG_CONNECTOR = 1 << 29;

    static final int NAME = FIRST | LAST;
    static final int GUARD = CLINICAL | ENGLISH;
    /** Flags of the address and organisation tables: they do not make a word known for name finding. */
    static final int PLACE = USPS_SUFFIX | THOROUGHFARE | ORG_HEAD | ORG_LEAD | ORG_WORD | ORG_CONNECTOR;

    private static final String CONTEXT_RESOURCE = "context-words.txt";
    private static final Map<String, Integer> SECTIONS = Map.ofEntries(
            Map.entry("title", TITLE), Map.entry("title-ambiguous", TITLE_AMBIGUOUS), Map.entry("cue", CUE),
            Map.entry("role", ROLE), Map.entry("post", POST), Map.entry("suffix", SUFFIX),
            Map.entry("particle", PARTICLE), Map.entry("street-suffix", STREET_SUFFIX),
            Map.entry("street-prefix", STREET_PREFIX), Map.entry("unit", UNIT), Map.entry("id-cue", ID_CUE),
            Map.entry("phone-cue", PHONE_CUE), Map.entry("state", STATE),
            Map.entry("eponym-context", EPONYM_CONTEXT), Map.entry("postal-cue", POSTAL_CUE),
            Map.entry("time-word", TIME_WORD), Map.entry("age-word", AGE_WORD));
    private static final Map<String, Map<String, Integer>> TABLES = Map.of(
            CONTEXT_RESOURCE, SECTIONS,
            "street-suffixes.txt", Map.of("usps", USPS_SUFFIX, "thoroughfare", THOROUGHFARE),
            "organization-words.txt", Map.of("org-head", ORG_HEAD, "org-lead", ORG_LEAD, "org-word", ORG_WORD,
                    "org-connector", ORG_CONNECTOR));

    private final WordTrie trie;

    /**
     * The lexicon of these lists. For the built-in lists it is the process's shared one (immutable; see
     * {@link BuiltinTables}).
     */
    static Lexicon of(NameLists names, ClinicalTerms terms) {
        if (!NameLists.isBuiltin(names) || !ClinicalTerms.isBuiltin(terms)) {
            return new Lexicon(names, terms);
        }
        return BuiltinTables.get().lexicon;
    }

    /** True when the built-in one is built. */
    static boolean isBuilt() {
        return BuiltinTables.isLoaded();
    }

    /** The lexicon of the built-in lists (see {@link BuiltinTables}). */
    static Lexicon builtin() {
        return BuiltinTables.get().lexicon;
    }

    /** A lexicon of a finished trie (the built-in image's). */
    Lexicon(WordTrie trie) {
        this.trie = trie;
    }

    Lexicon(NameLists names, ClinicalTerms terms) {
        SortedWords words = new SortedWords();
        words.add(names.firstNames(), FIRST);
        words.add(names.lastNames(), LAST);
        words.add(terms.clinical(), CLINICAL);
        words.add(terms.eponyms(), EPONYM);
        words.add(terms.english(), ENGLISH);
        words.add(terms.vocabulary(), VOCAB);
        TABLES.forEach((resource, sections) -> addSections(words, resource, sections));
        words.add(MonthNames.foldedNames(), MONTH);
        this.trie = words.trie();
    }

    /**
     * The flags of token {@code i}. A possessive also gets every flag of its stem ("Smith's"); an unknown plural the
     * word flags of its stem but not its name flags ("NODULES"; "ROBERTS" is not "ROBERT", and a listed name such
     * as "MORALES" is not the plural of "MORALE").
     */
    int flags(TokenizedText t, int i) {
        int from = t.fStart[i];
        int to = t.fEnd[i];
        int v = trie.lookup(t.folded, from, to);
        int len = to - from;
        if (len > 3 && t.folded[to - 1] == 'S') {
            if (t.is(i, TokenizedText.POSSESSIVE)) {
                v |= trie.lookup(t.folded, from, to - 1);
            } else if (v == 0) {
                int stem = trie.lookup(t.folded, from, to - 1);
                if ((stem & ~NAME) == 0 && len > 4 && t.folded[to - 2] == 'E') {
                    stem = trie.lookup(t.folded, from, to - 2);
                }
                v |= stem & ~NAME;
            }
        }
        return v;
    }

    WordTrie trie() {
        return trie;
    }

    /** The flags of a folded word. */
    int flags(String folded) {
        return trie.lookup(folded);
    }

    private static void addSections(SortedWords words, String resource, Map<String, Integer> sections) {
        for (Map.Entry<String, List<String>> section : WordListFile.read(resource).entrySet()) {
            Integer flag = sections.get(section.getKey());
            if (flag == null) {
                if (section.getValue().isEmpty()) {
                    continue;
                }
                throw new IllegalStateException("resource " + resource + ": unknown section ["
                        + section.getKey() + "]");
            }
            words.add(section.getValue(), flag);
        }
    }

    static boolean any(int flags, int mask) {
        return (flags & mask) != 0;
    }

    static Set<String> sections() {
        return SECTIONS.keySet();
    }
}
