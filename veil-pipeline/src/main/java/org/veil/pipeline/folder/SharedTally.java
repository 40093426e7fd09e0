package org.veil.pipeline.folder;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.veil.deid.engine.DeidConfig;
import org.veil.pipeline.Outcome;

/**
 * The totals and {@code summary.json} of a run whose inputs were processed by several processes (a Spark job): each
 * worker turns an input's outcome into the line a folder run journals ({@link #line}, no PHI), and one process adds
 * the lines up here and builds the same {@link RunSummary} a folder run writes. Thread-safe.
 */
public final class SharedTally {
    private final RunTally tally = new RunTally();

    /**
     * The journal line of an input's outcome: status, keyed id, sizes, warnings, action counts, output name or
     * value-free reason. No PHI.
     *
     * @param inputId the input's keyed id ({@link InputIds#textOf})
     * @param size    the input's size in bytes
     * @param outcome written, skipped or quarantined (not deferred)
     */
    public static String line(String inputId, long size, Outcome outcome) {
        String line = FolderWork.entry(Id128.parse(inputId), size, outcome).line();
        return line.substring(0, line.length() - 1);
    }

    /**
     * Adds an input finished in this session.
     *
     * @throws IllegalArgumentException when the line is not one {@link #line} made
     */
    public void completed(String line) {
        tally.completed(JournalEntry.parse(line));
    }

    /**
     * Adds an input an earlier, interrupted session of the run finished.
     *
     * @throws IllegalArgumentException when the line is not one {@link #line} made
     */
    public void resumed(String line) {
        tally.replayed(JournalEntry.parse(line));
    }

    /** The counts so far. */
    public RunCounts counts() {
        return tally.snapshot();
    }

    /**
     * The summary of the run, as a folder run with these settings would make it.
     *
     * @param where    output, quarantine and work folders as the summary names them
     * @param key      where the key came from
     * @param patients Patient IDs that look inconsistent, counted over every process
     */
    public RunSummary summary(Instant started, Duration elapsed, DeidConfig config, String naming, Folders where,
                              KeyOrigin origin, String keySource, int threads, RunSummary.PatientChecks patients) {
        RunCounts counts = tally.snapshot();
        return new RunSummary(counts, started, elapsed, config.key().fingerprint(), origin, keySource,
                FolderRun.optionNames(config), naming, where.output(), where.quarantine(), where.work(),
                Durability.PROCESS_CRASH, threads, patients, RunNotes.of(config, counts));
    }

    /** The bytes of {@code summary.json} for a summary, as a folder run writes them. */
    public static byte[] json(RunSummary summary) {
        try {
            return SummaryJson.bytes(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the summary cannot be written as JSON", e);
        }
    }

    /**
     * The folders a summary names.
     *
     * @param output     the output folder
     * @param quarantine the quarantine folder
     * @param work       the work folder
     */
    public record Folders(Path output, Path quarantine, Path work) {
    }
}
