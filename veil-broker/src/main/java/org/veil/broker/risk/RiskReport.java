package org.veil.broker.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The re-identification risk of a delivery for an IRB: k-anonymity and l-diversity per patient and per study, the
 * patients that break the target k, the generalisations that would reach it, and the risks no header measure covers.
 *
 * @param targetK     the k the delivery should reach
 * @param identifiers the quasi-identifiers the classes are formed on
 * @param sensitive   the attribute whose diversity is measured, or null
 * @param delivery    what was scanned
 * @param patients    classes of patients, as delivered
 * @param studies     classes of studies, as delivered
 * @param ladder      generalisations tried for patients, coarser each step, the last reaching k when any does
 * @param residual    risks that remain whatever the headers say, as sentences
 */
public record RiskReport(int targetK, List<QuasiIdentifier> identifiers, QuasiIdentifier sensitive,
                         Delivery delivery, Anonymity patients, Anonymity studies,
                         List<GeneralisationLadder.Step> ladder, List<String> residual) {

    /** Measures {@code delivery} against {@code targetK}. */
    public static RiskReport of(Delivery delivery, List<QuasiIdentifier> identifiers, QuasiIdentifier sensitive,
                                int targetK) {
        Anonymity patients = Anonymity.measure(delivery.patients(), identifiers, Generalisation.NONE, sensitive,
                targetK);
        List<QuasiIdentifier> perStudy = identifiers.stream().filter(q -> q != QuasiIdentifier.STUDY_COUNT).toList();
        Anonymity studies = Anonymity.measure(delivery.studies(), perStudy, Generalisation.NONE, sensitive, targetK);
        List<GeneralisationLadder.Step> ladder = GeneralisationLadder.climb(delivery.patients(), identifiers,
                sensitive, targetK);
        return new RiskReport(targetK, List.copyOf(identifiers), sensitive, delivery, patients, studies, ladder,
                residual(delivery));
    }

    /** The delivery's k-anonymity over patients. */
    public int k() {
        return patients.k();
    }

    /** Whether the delivery as it is reaches the target. */
    public boolean meetsTarget() {
        return patients.k() >= targetK;
    }

    /** The first generalisation that reaches the target, or null when none does (violators must be withheld). */
    public GeneralisationLadder.Step proposal() {
        GeneralisationLadder.Step last = ladder.isEmpty() ? null : ladder.get(ladder.size() - 1);
        return last != null && last.anonymity().k() >= targetK ? last : null;
    }

    /** Patients that no proposed generalisation brings into a class of k: to be withheld from the delivery. */
    public List<String> toWithhold() {
        if (proposal() != null || ladder.isEmpty()) {
            return List.of();
        }
        return ladder.get(ladder.size() - 1).anonymity().violators();
    }

    static List<String> residual(Delivery d) {
        List<String> out = new ArrayList<>();
        if (d.headInstancesNotDefaced() > 0) {
            out.add(d.headInstancesNotDefaced() + " of " + d.headInstances() + " head CT/MR instances were not "
                    + "defaced: a face can be rebuilt from the volume and matched to photographs (turn on "
                    + "--option clean-recognizable-visual-features).");
        }
        if (d.headInstances() > 0) {
            out.add("Brain MR and CT carry structural fingerprints (brain shape, sulcal patterns) that can link a "
                    + "scan to another scan of the same person; no de-identification removes them.");
        }
        out.add("Free text (reports, descriptions, burned-in text) is cleaned by patterns, lists and detection, "
                + "which are never perfect: rare names or identifiers in unusual forms can survive; review samples.");
        out.add("k-anonymity counts only what the delivery itself shows; an adversary with other data about these "
                + "patients (appointments, another delivery) may narrow classes further.");
        return List.copyOf(out);
    }
}
