package org.veil.spark;

import java.util.List;

/**
 * What a job did, in counts: inputs, written, skipped, quarantined (no values, no names).
 *
 * @param inputs      inputs listed
 * @param written     de-identified and stored
 * @param skipped     not DICOM or filtered out on purpose
 * @param quarantined handed to the quarantine with a reason
 */
public record JobSummary(long inputs, long written, long skipped, long quarantined) {

    static JobSummary of(List<ManifestRow> rows) {
        long w = rows.stream().filter(r -> r.getStatus().equals("written")).count();
        long s = rows.stream().filter(r -> r.getStatus().equals("skipped")).count();
        long q = rows.stream().filter(r -> r.getStatus().equals("quarantined")).count();
        return new JobSummary(rows.size(), w, s, q);
    }

    String toJson() {
        return "{\"inputs\":" + inputs + ",\"written\":" + written + ",\"skipped\":" + skipped
                + ",\"quarantined\":" + quarantined + "}\n";
    }

    /** One line for the console. */
    String toText() {
        return inputs + " inputs: " + written + " written, " + skipped + " skipped, " + quarantined + " quarantined";
    }
}
