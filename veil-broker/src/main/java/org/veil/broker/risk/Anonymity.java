package org.veil.broker.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equivalence classes of subjects that look alike on the chosen quasi-identifiers after a generalisation, and what
 * follows from them: k (the size of the smallest class: every subject is hidden among at least k), l (the fewest
 * distinct values of the sensitive attribute in a class), and the subjects of classes smaller than the target k.
 *
 * @param k          the delivery's k-anonymity (0 for an empty delivery)
 * @param l          the l-diversity of the sensitive attribute (0 when none was chosen)
 * @param classSizes the size of every class, largest first
 * @param violators  the subjects in classes smaller than the target, by pseudonymous id, sorted
 */
public record Anonymity(int k, int l, List<Integer> classSizes, List<String> violators) {

    /** Measures {@code subjects}; {@code sensitive} may be null, and is never part of the class key. */
    public static Anonymity measure(List<Subject> subjects, List<QuasiIdentifier> identifiers, Generalisation g,
                                    QuasiIdentifier sensitive, int targetK) {
        Map<String, List<Subject>> classes = new LinkedHashMap<>();
        for (Subject s : subjects) {
            classes.computeIfAbsent(key(s, identifiers, g, sensitive), x -> new ArrayList<>()).add(s);
        }
        int k = classes.isEmpty() ? 0 : Integer.MAX_VALUE;
        int l = sensitive == null || classes.isEmpty() ? 0 : Integer.MAX_VALUE;
        List<Integer> sizes = new ArrayList<>();
        List<String> violators = new ArrayList<>();
        for (List<Subject> members : classes.values()) {
            k = Math.min(k, members.size());
            sizes.add(members.size());
            if (sensitive != null) {
                Set<String> distinct = new HashSet<>();
                for (Subject s : members) {
                    distinct.add(s.value(sensitive, Generalisation.NONE));
                }
                l = Math.min(l, distinct.size());
            }
            if (members.size() < targetK) {
                members.forEach(s -> violators.add(s.id()));
            }
        }
        sizes.sort(Comparator.reverseOrder());
        violators.sort(null);
        return new Anonymity(k, l, List.copyOf(sizes), List.copyOf(violators));
    }

    /** Values of {@code q} shown by fewer than {@code k} subjects: the ones that single a subject out. */
    static Set<String> rareValues(List<Subject> subjects, QuasiIdentifier q, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (Subject s : subjects) {
            for (String v : s.values(q)) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        Set<String> rare = new HashSet<>();
        counts.forEach((v, n) -> {
            if (n < k) {
                rare.add(v);
            }
        });
        return rare;
    }

    private static String key(Subject s, List<QuasiIdentifier> identifiers, Generalisation g,
                              QuasiIdentifier sensitive) {
        StringBuilder b = new StringBuilder();
        for (QuasiIdentifier q : identifiers) {
            if (q != sensitive) {
                b.append(q.ordinal()).append('=').append(s.value(q, g)).append('\u0000');
            }
        }
        return b.toString();
    }
}
