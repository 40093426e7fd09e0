package org.veil.deid.recipe;

import java.util.Collection;
import java.util.Locale;

/**
 * The closest candidate to a misspelt word (optimal string alignment distance, ignoring case), if close enough to be
 * a likely typo: at most one edit for short words, a quarter of the length for long ones.
 */
final class Suggestion {
    private Suggestion() {
    }

    /** The closest candidate, or null when none is close. */
    static String closest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, in.length() / 4);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Math.abs(c.length() - in.length()) > limit) {
                continue;
            }
            int d = distance(in, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** {@code "; did you mean 'x'?"}, or {@code ""} when nothing is close. */
    static String hint(String input, Collection<String> candidates) {
        String s = closest(input, candidates);
        return s == null ? "" : "; did you mean '" + s + "'?";
    }

    /** Edits (insert, delete, substitute, swap adjacent) to turn a into b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
