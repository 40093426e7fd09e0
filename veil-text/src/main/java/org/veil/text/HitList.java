package org.veil.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The hits of one value, in the order found. Detectors ask {@link #covers} before adding so that the most specific
 * detector (run first) wins; {@link #merged()} resolves what overlaps anyway. A hit of a category the policy keeps
 * still claims its span (a kept date is not taken for an ID number) but is not replaced.
 */
final class HitList {

    private final Set<FindingCategory> detect;
    private final List<Hit> hits = new ArrayList<>(4);
    private final BitSet covered = new BitSet();

    HitList(Set<FindingCategory> detect) {
        this.detect = detect;
    }

    void add(Hit hit) {
        if (hit.end() > hit.start()) {
            if (detect.contains(hit.category())) {
                hits.add(hit);
            }
            covered.set(hit.start(), hit.end());
        }
    }

    void add(FindingCategory category, int start, int end) {
        add(Hit.of(category, start, end));
    }

    /** True when any character of [start, end) is already in a hit. */
    boolean covers(int start, int end) {
        int next = covered.nextSetBit(start);
        return next >= 0 && next < end;
    }

    boolean coversToken(TokenizedText t, int token) {
        return covers(t.start[token], t.end[token]);
    }

    boolean isEmpty() {
        return hits.isEmpty();
    }

    /**
     * Hits sorted by start, overlapping ones joined. A hit inside another disappears; hits that overlap partly become
     * one span with the category of the longer one and no precomputed rewrite or known value (half a date cannot be
     * shifted, half a name has no pseudonym).
     */
    List<Hit> merged() {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -h.end()));
        List<Hit> out = new ArrayList<>(sorted.size());
        Hit current = null;
        for (Hit h : sorted) {
            if (current == null) {
                current = h;
            } else if (h.start() < current.end()) {
                if (h.end() > current.end()) {
                    FindingCategory category = h.end() - h.start() > current.end() - current.start()
                            ? h.category() : current.category();
                    current = Hit.of(category, current.start(), Math.max(current.end(), h.end()));
                }
            } else {
                out.add(current);
                current = h;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }
}
