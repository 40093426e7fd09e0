package org.veil.broker.linkage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Links recorded since the last write, deduplicated: recording the same link again only widens its sightings. Two
 * different links for one study are both kept, so that the conflict is detected when they are written.
 */
final class Batch {
    private final Map<PatientLink, Sightings> patients = new LinkedHashMap<>();
    private final Map<StudyLink, Sightings> studies = new LinkedHashMap<>();

    void add(PatientLink link, Sightings seen) {
        patients.merge(link, seen, Sightings::and);
    }

    void add(StudyLink link, Sightings seen) {
        studies.merge(link, seen, Sightings::and);
    }

    int size() {
        return patients.size() + studies.size();
    }

    Map<PatientLink, Sightings> patients() {
        return patients;
    }

    Map<StudyLink, Sightings> studies() {
        return studies;
    }

    /** True when a link of this batch is not in {@code known}. */
    boolean anyOutside(Set<Object> known) {
        for (PatientLink p : patients.keySet()) {
            if (!known.contains(p)) {
                return true;
            }
        }
        for (StudyLink s : studies.keySet()) {
            if (!known.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Adds every link of this batch to {@code known}. */
    void addLinksTo(Set<Object> known) {
        known.addAll(patients.keySet());
        known.addAll(studies.keySet());
    }

    /** Puts entries of a failed write back, without losing what was recorded meanwhile. */
    void restore(Batch failed) {
        failed.patients.forEach(this::add);
        failed.studies.forEach(this::add);
    }
}
