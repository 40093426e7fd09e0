package org.veil.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Word lists with a flag each, gathered as sorted arrays and merged into one {@link WordTrie} whose value for a word
 * is the union of the flags of the lists that hold it. It keeps no map of all the words: for the built-in lexicon
 * (hundreds of thousands of words) such a map was most of the heap while the lexicon was built, and the heap the JVM
 * grows for that peak stays for the whole run.
 */
final class SortedWords {

    private final List<String[]> lists = new ArrayList<>();
    private final List<Integer> flags = new ArrayList<>();

    /** Adds a list of folded words, all with {@code flag} (non-zero); repeats are allowed. */
    void add(Collection<String> words, int flag) {
        if (flag == 0) {
            throw new IllegalArgumentException("SortedWords: flag 0 is reserved");
        }
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        lists.add(sorted);
        flags.add(flag);
    }

    /** The trie of every word added, with the flags of all its lists. */
    WordTrie trie() {
        int total = lists.stream().mapToInt(l -> l.length).sum();
        String[] keys = new String[total];
        int[] values = new int[total];
        int[] at = new int[lists.size()];
        int n = 0;
        for (String next = smallest(at); next != null; next = smallest(at)) {
            int value = 0;
            for (int l = 0; l < lists.size(); l++) {
                String[] list = lists.get(l);
                while (at[l] < list.length && list[at[l]].equals(next)) {
                    value |= flags.get(l);
                    at[l]++;
                }
            }
            keys[n] = next;
            values[n] = value;
            n++;
        }
        return WordTrie.ofSorted(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
    }

    /** The smallest word not yet taken from any list, or null when all are taken. */
    private String smallest(int[] at) {
        String min = null;
        for (int l = 0; l < lists.size(); l++) {
            String[] list = lists.get(l);
            if (at[l] < list.length && (min == null || list[at[l]].compareTo(min) < 0)) {
                min = list[at[l]];
            }
        }
        return min;
    }
}
