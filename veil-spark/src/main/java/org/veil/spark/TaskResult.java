package org.veil.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.veil.pipeline.PatientCensus;

/**
 * What one task of the second pass hands the driver: a manifest row and a journal line per input (those finished in
 * this job apart from those an earlier submission finished), and the patients it saw, as keyed digests. No PHI.
 */
final class TaskResult implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ManifestRow> rows = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();
    private final List<String> resumed = new ArrayList<>();
    private PatientCensus census = new PatientCensus();

    void completed(ManifestRow row, String entry) {
        rows.add(row);
        completed.add(entry);
    }

    /** An input finished before: by an earlier attempt of this job's task, or by an earlier submission. */
    void earlier(ManifestRow row, String entry, boolean earlierSubmission) {
        rows.add(row);
        (earlierSubmission ? resumed : completed).add(entry);
    }

    void census(PatientCensus c) {
        census = c;
    }

    List<ManifestRow> rows() {
        return rows;
    }

    List<String> completed() {
        return completed;
    }

    List<String> resumed() {
        return resumed;
    }

    PatientCensus census() {
        return census;
    }
}
