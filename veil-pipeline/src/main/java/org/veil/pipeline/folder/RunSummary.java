package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of a folder run, printed at the end and written to {@code summary.json} in the work
 * folder. Holds no PHI: no
 * input path, no original value, no key (only its fingerprint).
 *
 * @param counts         totals over the whole run (including an interrupted earlier session)
 * @param started        when this session started
 * @param elapsed        how long this session took
 * @param keyFingerprint the project key's fingerprint
 * @param keyOrigin      random or supplied
 * @param keySource      where the key came from, e.g. {@code random key for this run}
 * @param options        the selected profile options (command line names)
 * @param naming         the output naming pattern
 * @param output         the output folder
 * @param quarantine     the quarantine folder (holds PHI)
 * @param work           the work folder: run state and {@code mapping.tsv} (the mapping names original files: PHI)
 * @param durability     the fsync policy
 * @param threads        worker threads
 * @param patients       Patient IDs of this session that look inconsistent (counts, never the IDs)
 * @param notes          sentences about choices the run made that a reader must know (no PHI)
 */
public record RunSummary(RunCounts counts, Instant started, Duration elapsed, String keyFingerprint,
                         KeyOrigin keyOrigin, String keySource, List<String> options, String naming, Path output,
                         Path quarantine, Path work, Durability durability, int threads, PatientChecks patients,
                         List<String> notes) {
    public RunSummary {
        options = List.copyOf(options);
        notes = List.copyOf(notes);
    }

    /**
     * This summary with {@code note} added to its notes, written again as {@code summary.json} in the work folder (for
     * steps after the run, such as {@code --k}).
     */
    public RunSummary withNote(String note) throws IOException {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        RunSummary s = new RunSummary(counts, started, elapsed, keyFingerprint, keyOrigin, keySource, options, naming,
                output, quarantine, work, durability, threads, patients, more);
        SummaryJson.write(s, work.resolve(SummaryJson.FILE), durability);
        return s;
    }

    /**
     * Counts of Patient IDs that look inconsistent, without naming them.
     *
     * @param severalIssuers       Patient IDs seen with more than one Issuer of Patient ID (absent counts as one)
     * @param conflictingNameOrBirth Patient IDs seen with two different names or birth dates: a likely collision
     */
    public record PatientChecks(long severalIssuers, long conflictingNameOrBirth) {
    }

    /** The mapping file (input path and id to output name; holds PHI). */
    public Path mapping() {
        return work.resolve(RunDirectories.MAPPING);
    }

    /** True when anything was quarantined: the run ran, but someone must look at the quarantine. */
    public boolean hasProblems() {
        return counts.quarantined() > 0;
    }
}
