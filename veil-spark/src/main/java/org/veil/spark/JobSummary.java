package org.veil.spark;

import org.veil.pipeline.folder.RunCounts;

/**
 * What a job did, in counts: inputs, written, skipped, quarantined (no values, no names); the whole summary is in
 * {@code OUT.veil/summary.json}.
 *
 * @param inputs      inputs listed
 * @param written     de-identified and stored
 * @param skipped     not DICOM or filtered out on purpose
 * @param quarantined handed to the quarantine with a reason
 * @param withheld    patients {@code --k} moved to the quarantine afterwards (0 without {@code --k})
 */
public record JobSummary(long inputs, long written, long skipped, long quarantined, long withheld) {

    public JobSummary(long inputs, long written, long skipped, long quarantined) {
        this(inputs, written, skipped, quarantined, 0);
    }

    static JobSummary of(RunCounts c, Integer withheld) {
        return new JobSummary(c.inputs(), c.written(), c.skipped(), c.quarantined(), withheld == null ? 0 : withheld);
    }

    /** True when someone must look at the quarantine (exit code 1, as {@code veil deid}). */
    boolean hasProblems() {
        return quarantined > 0 || withheld > 0;
    }

    /** One line for the console. */
    String toText() {
        return inputs + " inputs: " + written + " written, " + skipped + " skipped, " + quarantined + " quarantined"
                + (withheld > 0 ? "; " + withheld + " patient(s) withheld for k-anonymity" : "");
    }
}
