package org.veil.text;

import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * A character 4-gram model of what person names look like, against what other words look like: "Volkonskaya",
 * "Karagianni", "Tesfaye" and "Bondarenko" look like names although no list holds them; "Gadavist", "Fiesta" or
 * "Izquierdo" do not. Two interpolated 4-gram models (names; English, vocabulary and clinical words) are trained
 * when the lexicon is built, from the same committed lists the scrubber uses (the built-in lists are extracted from
 * datafaker and mockneat, see {@link NameLists}), so the model needs no file of its own and follows the lists. The
 * score of a word is the mean log-likelihood ratio per letter (natural log), end of word included. Lists of fewer
 * than {@value #MIN_NAMES} names give no model ({@link #score} is always negative): a name found by its shape needs
 * many names to learn from. Immutable and thread-safe.
 */
final class NameShape {

    static final int MIN_NAMES = 10_000;
    private static final int A = 28;
    private static final int BOUNDARY = 0;
    private static final int OTHER = 27;
    private static final double K = 2.0;

    private final Model names;
    private final Model words;

    private NameShape(Model names, Model words) {
        this.names = names;
        this.words = words;
    }

    /** The model of these lists; built once for the built-in lists. */
    static NameShape of(NameLists lists, ClinicalTerms terms) {
        return of(lists, terms, Lexicon.of(lists, terms));
    }

    /** The model of these lists, whose lexicon is {@code lexicon}; the shared one for the built-in lists. */
    static NameShape of(NameLists lists, ClinicalTerms terms, Lexicon lexicon) {
        if (NameLists.isBuiltin(lists) && ClinicalTerms.isBuiltin(terms)) {
            return BuiltinTables.get().nameShape;
        }
        return train(lists, terms, lexicon);
    }

    /** True when the built-in one is built. */
    static boolean isBuilt() {
        return BuiltinTables.isLoaded();
    }

    /** The model of the built-in lists (see {@link BuiltinTables}). */
    static NameShape builtin() {
        return BuiltinTables.get().nameShape;
    }

    /**
     * Trains the name model on the words of the lists that are no other word, and the word model on the other words
     * that are no name. Which lists hold a word comes from its flags in the lexicon of the same lists (one lookup per
     * word, no merged copies of the lists: the heap stays small while the tables are built).
     */
    static NameShape train(NameLists lists, ClinicalTerms terms, Lexicon lexicon) {
        int otherWord = Lexicon.CLINICAL | Lexicon.ENGLISH | Lexicon.VOCAB;
        List<Source> names = List.of(new Source(lists.firstNames(), 0), new Source(lists.lastNames(), Lexicon.FIRST));
        List<Source> other = List.of(new Source(terms.english(), 0), new Source(terms.vocabulary(), Lexicon.ENGLISH),
                new Source(terms.clinical(), Lexicon.ENGLISH | Lexicon.VOCAB));
        int[] count = new int[1];
        Model n = new Model();
        Model w = new Model();
        forEachOnce(names, lexicon, (s, flags) -> {
            count[0]++;
            if (!Lexicon.any(flags, otherWord)) {
                n.add(s);
            }
        });
        if (count[0] < MIN_NAMES) {
            return new NameShape(null, null);
        }
        forEachOnce(other, lexicon, (s, flags) -> {
            if (!Lexicon.any(flags, Lexicon.NAME)) {
                w.add(s);
            }
        });
        return new NameShape(n, w);
    }

    /** A model trained on exactly these name words and other words (each counted as often as given). */
    static NameShape trained(Iterable<String> nameWords, Iterable<String> otherWords) {
        Model n = new Model();
        Model w = new Model();
        nameWords.forEach(n::add);
        otherWords.forEach(w::add);
        return new NameShape(n, w);
    }

    /** A list, and the flags of the lists before it in a union (a word holding one was seen there). */
    private record Source(Set<String> words, int before) {
    }

    /** Every word of the union of the sources, once, with its lexicon flags. */
    private static void forEachOnce(List<Source> sources, Lexicon lexicon, ObjIntConsumer<String> action) {
        for (Source source : sources) {
            for (String s : source.words()) {
                int flags = lexicon.flags(s);
                if (!Lexicon.any(flags, source.before())) {
                    action.accept(s, flags);
                }
            }
        }
    }

    /** The count tables of both models, names first, for the built-in image ({@link BuiltinTables}); not copies. */
    int[][] tables() {
        if (names == null) {
            throw new IllegalStateException("no model to write");
        }
        int[][] n = names.tables();
        int[][] w = words.tables();
        int[][] all = new int[n.length + w.length][];
        System.arraycopy(n, 0, all, 0, n.length);
        System.arraycopy(w, 0, all, n.length, w.length);
        return all;
    }

    /** The model of tables as {@link #tables()} gives them. */
    static NameShape ofTables(int[][] all) {
        int half = all.length / 2;
        if (all.length != 16 || all[7].length != 1 || all[15].length != 1) {
            throw new IllegalArgumentException("name model image of the wrong shape");
        }
        return new NameShape(new Model(java.util.Arrays.copyOfRange(all, 0, half - 1), all[half - 1][0]),
                new Model(java.util.Arrays.copyOfRange(all, half, all.length - 1), all[all.length - 1][0]));
    }

    /** True when there is a model (enough names to learn from). */
    boolean enabled() {
        return names != null;
    }

    /** The mean log-likelihood ratio per letter of folded chars [from, to): above 0 looks like a name. */
    double score(char[] folded, int from, int to) {
        if (names == null || to - from < 2) {
            return -1;
        }
        int a = BOUNDARY;
        int b = BOUNDARY;
        int c = BOUNDARY;
        double sum = 0;
        for (int i = from; i <= to; i++) {
            int d = i == to ? BOUNDARY : code(folded[i]);
            sum += Math.log(names.p(a, b, c, d)) - Math.log(words.p(a, b, c, d));
            a = b;
            b = c;
            c = d;
        }
        return sum / (to - from + 1);
    }

    double score(String folded) {
        return score(folded.toCharArray(), 0, folded.length());
    }

    private static int code(char ch) {
        return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 1 : OTHER;
    }

    /** Counts of 1- to 4-grams with their contexts; probabilities interpolated with weight {@link #K}. */
    private static final class Model {
        /** Lengths of the tables, in the order of {@link #tables()}: c1 to c4, h1 to h3. */
        private static final int[] SIZES = {A, A * A, A * A * A, A * A * A * A, A, A * A, A * A * A};
        private final int[] c1;
        private final int[] c2;
        private final int[] c3;
        private final int[] c4;
        private final int[] h1;
        private final int[] h2;
        private final int[] h3;
        private int total;

        Model() {
            this(empty(), 0);
        }

        private Model(int[][] t, int total) {
            for (int i = 0; i < SIZES.length; i++) {
                if (t[i].length != SIZES[i]) {
                    throw new IllegalArgumentException("name model table " + i + " has " + t[i].length
                            + " counts, not " + SIZES[i]);
                }
            }
            c1 = t[0];
            c2 = t[1];
            c3 = t[2];
            c4 = t[3];
            h1 = t[4];
            h2 = t[5];
            h3 = t[6];
            this.total = total;
        }

        private static int[][] empty() {
            int[][] t = new int[SIZES.length][];
            for (int i = 0; i < SIZES.length; i++) {
                t[i] = new int[SIZES[i]];
            }
            return t;
        }

        /** The count tables, then {total} (not copies). */
        int[][] tables() {
            return new int[][] {c1, c2, c3, c4, h1, h2, h3, {total}};
        }

        void add(String word) {
            int a = BOUNDARY;
            int b = BOUNDARY;
            int c = BOUNDARY;
            for (int i = 0; i <= word.length(); i++) {
                int d = i == word.length() ? BOUNDARY : code(word.charAt(i));
                total++;
                c1[d]++;
                h1[c]++;
                c2[c * A + d]++;
                h2[b * A + c]++;
                c3[(b * A + c) * A + d]++;
                h3[(a * A + b) * A + c]++;
                c4[((a * A + b) * A + c) * A + d]++;
                a = b;
                b = c;
                c = d;
            }
        }

        double p(int a, int b, int c, int d) {
            double p1 = (c1[d] + 1.0) / (total + A);
            double p2 = (c2[c * A + d] + K * p1) / (h1[c] + K);
            double p3 = (c3[(b * A + c) * A + d] + K * p2) / (h2[b * A + c] + K);
            return (c4[((a * A + b) * A + c) * A + d] + K * p3) / (h3[(a * A + b) * A + c] + K);
        }
    }
}
