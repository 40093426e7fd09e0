package org.veil.deid.engine;

import java.util.List;

/**
 * What de-identifying one instance did, without any original value.
 *
 * @param changes          every element changed or removed, with its rule
 * @param warnings         recoveries (e.g. an invalid date removed), by tag path
 * @param patientPseudonym the pseudonymous patient ID (for output naming and the summary)
 * @param studyUid         the new Study Instance UID (or null)
 * @param seriesUid        the new Series Instance UID (or null)
 * @param sopInstanceUid   the new SOP Instance UID (or null)
 */
public record DeidResult(List<Change> changes, List<String> warnings, String patientPseudonym, String studyUid,
                         String seriesUid, String sopInstanceUid) {
    public DeidResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }
}
