package org.veil.broker.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes generalisations, each coarser than the one before, until the target k is reached: ages in 5-year and then
 * 10-year bands, study years in 5-year spans, rare values of institution, device, body part and series description
 * removed, then series descriptions and study counts removed altogether. Each step is measured; the first that
 * reaches k is the proposal. Subjects still violating after the last step can only be withheld.
 */
public final class GeneralisationLadder {
    private static final List<QuasiIdentifier> RARE_FIRST = List.of(QuasiIdentifier.SERIES_DESCRIPTION,
            QuasiIdentifier.INSTITUTION, QuasiIdentifier.DEVICE, QuasiIdentifier.BODY_PART);

    /** One rung: a generalisation and what it achieves. */
    public record Step(Generalisation generalisation, Anonymity anonymity) {
    }

    private GeneralisationLadder() {
    }

    /** Every rung from "as delivered" up to the first that reaches {@code targetK} (or the last one). */
    public static List<Step> climb(List<Subject> subjects, List<QuasiIdentifier> identifiers,
                                   QuasiIdentifier sensitive, int targetK) {
        List<Step> steps = new ArrayList<>();
        for (Generalisation g : rungs(subjects, targetK)) {
            Anonymity a = Anonymity.measure(subjects, identifiers, g, sensitive, targetK);
            steps.add(new Step(g, a));
            if (a.k() >= targetK) {
                break;
            }
        }
        return steps;
    }

    static List<Generalisation> rungs(List<Subject> subjects, int k) {
        Map<QuasiIdentifier, Set<String>> rare = new HashMap<>();
        for (QuasiIdentifier q : RARE_FIRST) {
            rare.put(q, Anonymity.rareValues(subjects, q, k));
        }
        Set<QuasiIdentifier> none = Set.of();
        return List.of(
                Generalisation.NONE,
                new Generalisation(5, 1, none, Map.of()),
                new Generalisation(10, 1, none, Map.of()),
                new Generalisation(10, 5, none, Map.of()),
                new Generalisation(10, 5, none, rare),
                new Generalisation(10, 5, EnumSet.of(QuasiIdentifier.SERIES_DESCRIPTION), rare),
                new Generalisation(10, 5, EnumSet.of(QuasiIdentifier.SERIES_DESCRIPTION,
                        QuasiIdentifier.STUDY_COUNT), rare),
                new Generalisation(10, 10, EnumSet.of(QuasiIdentifier.SERIES_DESCRIPTION,
                        QuasiIdentifier.STUDY_COUNT, QuasiIdentifier.INSTITUTION, QuasiIdentifier.DEVICE), rare));
    }
}
