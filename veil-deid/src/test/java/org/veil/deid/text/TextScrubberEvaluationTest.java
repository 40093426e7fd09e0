package org.veil.deid.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the text scrubber: on a generated evaluation set (EvaluationSetGenerator, seed below),
 * at least 99% of the injected identifiers must be fully removed or replaced (every letter and digit of the
 * identifier inside a finding) and at least 95% of the clinical tokens must survive (no character inside a
 * finding). Prints overall and per-kind figures.
 */
class TextScrubberEvaluationTest {

    private static final long SEED = 20240611L;
    private static final int TEXTS = 4000;
    private static final double MIN_RECALL = 0.99;
    private static final double MIN_PRESERVATION = 0.95;

    private static final Map<String, int[]> byKind = new TreeMap<>();
    private static int identifiers;
    private static int removed;
    private static int clinicalTokens;
    private static int preserved;
    private static final StringBuilder misses = new StringBuilder();
    private static final StringBuilder losses = new StringBuilder();

    @BeforeAll
    static void evaluate() {
        TextScrubber scrubber = TextScrubber.builder().build();
        List<EvaluationText> set = EvaluationSetGenerator.generate(SEED, TEXTS);
        DateTextShifter shifter = DateTextShifter.byDays(-47);
        for (EvaluationText e : set) {
            ScrubResult r = scrubber.scrub(e.text(), e.known(), shifter);
            BitSet covered = new BitSet();
            r.findings().forEach(f -> covered.set(f.start(), f.end()));
            for (EvaluationText.Injected id : e.identifiers()) {
                boolean ok = fullyCovered(e.text(), id.start(), id.end(), covered);
                int[] counts = byKind.computeIfAbsent(id.kind(), k -> new int[2]);
                counts[0]++;
                identifiers++;
                if (ok) {
                    counts[1]++;
                    removed++;
                } else if (misses.length() < 6000) {
                    misses.append("  ").append(id.kind()).append(": ").append(e.text(), id.start(), id.end())
                            .append("   in: ").append(e.text()).append('\n');
                }
            }
            for (int[] token : e.clinicalTokens()) {
                clinicalTokens++;
                int next = covered.nextSetBit(token[0]);
                if (next < 0 || next >= token[1]) {
                    preserved++;
                } else if (losses.length() < 6000) {
                    losses.append("  ").append(e.text(), token[0], token[1]).append("   in: ").append(e.text())
                            .append('\n');
                }
            }
        }
        print();
    }

    private static boolean fullyCovered(String text, int start, int end, BitSet covered) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && !covered.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void print() {
        StringBuilder sb = new StringBuilder("\n=== Text scrubber evaluation (seed ").append(SEED).append(", ")
                .append(TEXTS).append(" texts) ===\n");
        sb.append(String.format("recall       %6.2f%%  (%d of %d injected identifiers fully removed)%n",
                100.0 * removed / identifiers, removed, identifiers));
        sb.append(String.format("preservation %6.2f%%  (%d of %d clinical tokens kept)%n",
                100.0 * preserved / clinicalTokens, preserved, clinicalTokens));
        sb.append("recall per kind:\n");
        byKind.forEach((k, c) -> sb.append(String.format("  %-18s %6.2f%%  (%d/%d)%n", k, 100.0 * c[1] / c[0],
                c[1], c[0])));
        sb.append("first misses:\n").append(misses).append("first clinical losses:\n").append(losses);
        System.out.println(sb);
    }

    @Test
    void evaluationSet_injectedIdentifiers_atLeast99PercentRemoved() {
        assertTrue(identifiers >= 3000, "the set must hold a few thousand identifiers, has " + identifiers);
        double recall = (double) removed / identifiers;
        assertTrue(recall >= MIN_RECALL, String.format("recall %.4f below %.2f", recall, MIN_RECALL));
    }

    @Test
    void evaluationSet_clinicalTokens_atLeast95PercentPreserved() {
        double preservation = (double) preserved / clinicalTokens;
        assertTrue(preservation >= MIN_PRESERVATION,
                String.format("preservation %.4f below %.2f", preservation, MIN_PRESERVATION));
    }
}
