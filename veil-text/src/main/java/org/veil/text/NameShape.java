package org.veil.text;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
    private static volatile NameShape builtin;

    private final Model names;
    private final Model words;

    private NameShape(Model names, Model words) {
        this.names = names;
        this.words = words;
    }

    /** The model of these lists; built once for the built-in lists. */
    static NameShape of(NameLists lists, ClinicalTerms terms) {
        if (NameLists.isBuiltin(lists) && ClinicalTerms.isBuiltin(terms)) {
            NameShape b = builtin;
            if (b == null) {
                synchronized (NameShape.class) {
                    b = builtin;
                    if (b == null) {
                        b = train(lists, terms);
                        builtin = b;
                    }
                }
            }
            return b;
        }
        return train(lists, terms);
    }

    /** True when the built-in one is built. */
    static boolean isBuilt() {
        return builtin != null;
    }

    /** The model of the built-in lists, trained when first asked for (loading the lists only then). */
    static NameShape builtin() {
        NameShape b = builtin;
        return b != null ? b : of(NameLists.builtin(), ClinicalTerms.builtin());
    }

    /** Trains on the lists as they are (no merged copies: the build of the tables keeps the heap small). */
    private static NameShape train(NameLists lists, ClinicalTerms terms) {
        List<Set<String>> nameWords = List.of(lists.firstNames(), lists.lastNames());
        List<Set<String>> other = List.of(terms.english(), terms.vocabulary(), terms.clinical());
        int[] names = new int[1];
        forEachOnce(nameWords, w -> names[0]++);
        if (names[0] < MIN_NAMES) {
            return new NameShape(null, null);
        }
        Model n = new Model();
        Model w = new Model();
        forEachOnce(nameWords, s -> {
            if (!inAny(other, s)) {
                n.add(s);
            }
        });
        forEachOnce(other, s -> {
            if (!inAny(nameWords, s)) {
                w.add(s);
            }
        });
        return new NameShape(n, w);
    }

    /** Every word of the union of {@code sets}, once. */
    private static void forEachOnce(List<Set<String>> sets, Consumer<String> action) {
        for (int i = 0; i < sets.size(); i++) {
            List<Set<String>> before = sets.subList(0, i);
            for (String s : sets.get(i)) {
                if (!inAny(before, s)) {
                    action.accept(s);
                }
            }
        }
    }

    private static boolean inAny(List<Set<String>> sets, String s) {
        for (Set<String> set : sets) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
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
        private final int[] c1 = new int[A];
        private final int[] c2 = new int[A * A];
        private final int[] c3 = new int[A * A * A];
        private final int[] c4 = new int[A * A * A * A];
        private final int[] h1 = new int[A];
        private final int[] h2 = new int[A * A];
        private final int[] h3 = new int[A * A * A];
        private int total;

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
