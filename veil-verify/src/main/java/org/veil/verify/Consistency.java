package org.veil.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-file consistency: each original UID has one replacement and no two originals share one; each original
 * patient has one pseudonymous Patient ID. Findings name files and tag paths, never UIDs or IDs.
 */
final class Consistency {
    private final Map<String, String> uidForward = new HashMap<>();
    private final Map<String, String> uidBackward = new HashMap<>();
    private final Map<String, String> uidFirstSeen = new HashMap<>();
    private final Map<String, Set<String>> pseudonyms = new HashMap<>();
    private final Map<String, String> patientFirstSeen = new HashMap<>();
    private final Map<String, Set<String>> originalsOfPseudonym = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /**
     * What one output adds to the cross-file checks, gathered while it is checked (on any thread) and applied with
     * {@link #apply} in output order, so that findings do not depend on which thread checked which output.
     */
    static final class Batch {
        private final List<String[]> uids = new ArrayList<>();
        private final List<String[]> patients = new ArrayList<>();

        void uid(String original, String replacement, String output, String path) {
            uids.add(new String[] {original, replacement, output, path});
        }

        void patient(String original, String pseudonym, String output) {
            patients.add(new String[] {original, pseudonym, output});
        }
    }

    /** Registers what one output's checks gathered (call in output order, from one thread). */
    void apply(Batch b) {
        for (String[] u : b.uids) {
            uid(u[0], u[1], u[2], u[3]);
        }
        for (String[] p : b.patients) {
            patient(p[0], p[1], p[2]);
        }
    }

    void uid(String original, String replacement, String output, String path) {
        String before = uidForward.putIfAbsent(original, replacement);
        String where = output + " " + path;
        if (before != null && !before.equals(replacement)) {
            findings.add(new Finding(Finding.Kind.UID_INCONSISTENT, output, path,
                    "this original UID was replaced differently in " + uidFirstSeen.get(original)));
            return;
        }
        uidFirstSeen.putIfAbsent(original, where);
        String back = uidBackward.putIfAbsent(replacement, original);
        if (back != null && !back.equals(original)) {
            findings.add(new Finding(Finding.Kind.UID_INCONSISTENT, output, path,
                    "two different original UIDs have the same replacement (other one in "
                            + uidFirstSeen.get(back) + ")"));
        }
    }

    void patient(String original, String pseudonym, String output) {
        Set<String> ps = pseudonyms.computeIfAbsent(original, k -> new LinkedHashSet<>());
        patientFirstSeen.putIfAbsent(original, output);
        if (ps.add(pseudonym) && ps.size() == 2) {
            findings.add(new Finding(Finding.Kind.PATIENT_SPLIT, output, "(0010,0020)",
                    "the original patient of this file has another pseudonymous Patient ID in "
                            + patientFirstSeen.get(original)));
        }
        originalsOfPseudonym.computeIfAbsent(pseudonym, k -> new LinkedHashSet<>()).add(original);
    }

    List<Finding> findings() {
        return findings;
    }

    int originalPatients() {
        return pseudonyms.size();
    }

    int pseudonymousPatients() {
        return originalsOfPseudonym.size();
    }

    /** Pseudonymous patients that several original patient keys map to (legitimate when dirty input was merged). */
    long mergedPatients() {
        return originalsOfPseudonym.values().stream().filter(s -> s.size() > 1).count();
    }

    int uidsMapped() {
        return uidForward.size();
    }
}
