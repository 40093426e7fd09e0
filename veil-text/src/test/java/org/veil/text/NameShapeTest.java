package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The name model trained from the lexicon's flags is the model of the lists' set differences. */
class NameShapeTest {

    @Test
    void of_builtinLists_sameScoresAsModelOfSetDifferences() {
        NameLists lists = NameLists.builtin();
        ClinicalTerms terms = ClinicalTerms.builtin();
        Set<String> names = new HashSet<>(lists.firstNames());
        names.addAll(lists.lastNames());
        Set<String> other = new HashSet<>(terms.english());
        other.addAll(terms.vocabulary());
        other.addAll(terms.clinical());
        List<String> nameOnly = names.stream().filter(w -> !other.contains(w)).toList();
        List<String> otherOnly = other.stream().filter(w -> !names.contains(w)).toList();
        NameShape expected = NameShape.trained(nameOnly, otherOnly);
        NameShape actual = NameShape.of(lists, terms);
        List<String> probes = new ArrayList<>(lists.firstNames());
        probes.addAll(terms.clinical());
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 2 + r.nextInt(9); k > 0; k--) {
                sb.append((char) ('A' + r.nextInt(27)));
            }
            probes.add(sb.toString());
        }
        for (String p : probes) {
            assertEquals(expected.score(p), actual.score(p), p);
        }
    }
}
