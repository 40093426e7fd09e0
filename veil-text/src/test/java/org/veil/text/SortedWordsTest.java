package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Lists merged by {@link SortedWords} give the trie a map of every word to the union of its flags gives. */
class SortedWordsTest {

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 0xA11CE + i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void trie_randomListsWithRepeats_sameAsMapOfUnitedFlags(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SortedWords sorted = new SortedWords();
        Map<String, Integer> reference = new HashMap<>();
        int lists = 1 + r.nextInt(8);
        for (int l = 0; l < lists; l++) {
            int flag = 1 << r.nextInt(30);
            List<String> words = new ArrayList<>();
            for (int i = r.nextInt(200); i > 0; i--) {
                words.add(word(r));
            }
            sorted.add(words, flag);
            words.forEach(w -> reference.merge(w, flag, (a, b) -> a | b));
        }
        assertSame(reference, sorted.trie(), "seed " + seed);
    }

    @Test
    void trie_builtinLists_sameAsMapOfUnitedFlags() {
        NameLists names = NameLists.builtin();
        ClinicalTerms terms = ClinicalTerms.builtin();
        Map<String, Integer> reference = new HashMap<>();
        SortedWords sorted = new SortedWords();
        List<Map.Entry<java.util.Set<String>, Integer>> lists = List.of(Map.entry(names.firstNames(), Lexicon.FIRST),
                Map.entry(names.lastNames(), Lexicon.LAST), Map.entry(terms.clinical(), Lexicon.CLINICAL),
                Map.entry(terms.eponyms(), Lexicon.EPONYM), Map.entry(terms.english(), Lexicon.ENGLISH),
                Map.entry(terms.vocabulary(), Lexicon.VOCAB), Map.entry(MonthNames.foldedNames(), Lexicon.MONTH));
        for (Map.Entry<java.util.Set<String>, Integer> list : lists) {
            sorted.add(list.getKey(), list.getValue());
            list.getKey().forEach(w -> reference.merge(w, list.getValue(), (a, b) -> a | b));
        }
        assertSame(reference, sorted.trie(), "built-in lists");
    }

    @Test
    void ofSorted_unsortedWords_refused() {
        assertThrows(IllegalArgumentException.class, () -> WordTrie.ofSorted(new String[] {"B", "A"}, new int[] {1, 1}));
    }

    private static void assertSame(Map<String, Integer> reference, WordTrie trie, String where) {
        WordTrie expected = WordTrie.of(reference);
        assertEquals(expected.nodeCount(), trie.nodeCount(), where);
        reference.forEach((w, v) -> assertEquals(v, trie.lookup(w), where + ": " + w));
    }

    private static String word(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            sb.append((char) ('A' + r.nextInt(4)));
        }
        return sb.toString();
    }
}
