package org.veil.text;

import java.util.List;

/**
 * Several {@link KnownPatterns} searched as if they were compiled into one: a patient's remembered values are
 * compiled in a few layers (old values in large layers compiled rarely, the latest ones in small layers) instead of
 * compiling all of them again for every instance that brings a new value. The layers hold disjoint values, in the
 * order they were added; every answer is the one a single {@link KnownPatterns} of all the values, in that order,
 * would give: the longest match wins, and a key several layers hold belongs to the value that a single compilation
 * would have added first (person names before identifiers, institutions and other values; then the earlier layer).
 * Owners are numbered across the layers (layer by layer), so two tokens have the same owner exactly when they
 * come from the same value. Immutable and thread-safe.
 */
final class PatternLayers {

    private final KnownPatterns[] layers;
    private final int[] firstOwner;

    private PatternLayers(List<KnownPatterns> layers) {
        this.layers = layers.toArray(new KnownPatterns[0]);
        this.firstOwner = new int[this.layers.length];
        for (int l = 1; l < this.layers.length; l++) {
            firstOwner[l] = firstOwner[l - 1] + this.layers[l - 1].owners();
        }
    }

    /** The layers in the order their values were added; at least one. */
    static PatternLayers of(List<KnownPatterns> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("PatternLayers: no layer");
        }
        return new PatternLayers(layers);
    }

    /** A match: the last token of the matched key and its pattern (owner numbered across the layers). */
    record Match(int end, KnownPatterns.Pattern pattern) {
    }

    boolean isEmpty() {
        for (KnownPatterns p : layers) {
            if (!p.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    boolean hasInitials() {
        for (KnownPatterns p : layers) {
            if (p.hasInitials()) {
                return true;
            }
        }
        return false;
    }

    /** The longest known key read from token {@code from} on (see {@link KnownPatterns#longestMatch}), or null. */
    Match longestMatch(TokenizedText t, int from) {
        int bestEnd = -1;
        int bestLayer = -1;
        KnownPatterns.Pattern best = null;
        for (int l = 0; l < layers.length; l++) {
            long m = layers[l].longestMatch(t, from);
            if (m < 0) {
                continue;
            }
            int end = (int) (m >>> 32);
            KnownPatterns.Pattern p = layers[l].pattern((int) m);
            if (end > bestEnd || end == bestEnd && p.kind().source < best.kind().source) {
                bestEnd = end;
                bestLayer = l;
                best = p;
            }
        }
        return best == null ? null : new Match(bestEnd, best.withOwner(best.owner() + firstOwner[bestLayer]));
    }

    /** The value as given to {@link KnownIdentifiers}, for pseudonyms. */
    String source(int owner) {
        int l = layerOf(owner);
        return layers[l].source(owner - firstOwner[l]);
    }

    /** The person whose initials are {@code folded} (2 or 3 letters), or -1; the earliest person wins. */
    int initialsOwner(String folded) {
        for (int l = 0; l < layers.length; l++) {
            int o = layers[l].initialsOwner(folded);
            if (o >= 0) {
                return o + firstOwner[l];
            }
        }
        return -1;
    }

    /** True when {@code letter} is the first letter of a name word of person {@code owner}. */
    boolean isInitialOf(int owner, char letter) {
        if (owner < 0) {
            return false;
        }
        int l = layerOf(owner);
        return layers[l].isInitialOf(owner - firstOwner[l], letter);
    }

    private int layerOf(int owner) {
        int l = layers.length - 1;
        while (l > 0 && owner < firstOwner[l]) {
            l--;
        }
        return l;
    }
}
