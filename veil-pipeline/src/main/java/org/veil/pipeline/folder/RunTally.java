package org.veil.pipeline.folder;

import java.util.Map;
import java.util.TreeMap;

/**
 * Running totals of a folder run, fed with journal entries (replayed from an interrupted run, then live) and with
 * problems found while walking. Thread-safe. Holds no PHI: reasons are location-free groups.
 */
final class RunTally {
    private long inputs;
    private long resumed;
    private long written;
    private long skipped;
    private long quarantined;
    private long warnings;
    private long reassigned;
    private long bytesIn;
    private long bytesOut;
    private long sessionBytes;
    private final Map<String, Long> skipReasons = new TreeMap<>();
    private final Map<String, Long> quarantineReasons = new TreeMap<>();
    private final Map<String, Long> actions = new TreeMap<>();

    /** Adds an entry replayed from the journal of an earlier, interrupted run. */
    synchronized void replayed(JournalEntry e) {
        resumed++;
        add(e);
    }

    /** Adds an input completed in this session. */
    synchronized void completed(JournalEntry e) {
        sessionBytes += e.bytesIn();
        add(e);
    }

    private void add(JournalEntry e) {
        inputs++;
        bytesIn += e.bytesIn();
        switch (e.status()) {
            case WRITTEN -> {
                written++;
                bytesOut += e.bytesOut();
                warnings += e.warnings();
                e.actions().forEach((k, v) -> {
                    if (k.equals(JournalEntry.REASSIGNED)) {
                        reassigned += v;
                    } else {
                        actions.merge(k, (long) v, Long::sum);
                    }
                });
            }
            case SKIPPED -> {
                skipped++;
                skipReasons.merge(e.text(), 1L, Long::sum);
            }
            case QUARANTINED -> {
                quarantined++;
                quarantineReasons.merge(e.text(), 1L, Long::sum);
            }
            default -> throw new IllegalStateException(e.status().name());
        }
    }

    /** Something skipped while walking, e.g. a symbolic link loop (not journaled: every run finds it again). */
    synchronized void walkSkipped(String reason) {
        inputs++;
        skipped++;
        skipReasons.merge(reason, 1L, Long::sum);
    }

    /** Something quarantined while walking, e.g. an unreadable folder (not journaled: every run finds it again). */
    synchronized void walkQuarantined(String group) {
        inputs++;
        quarantined++;
        quarantineReasons.merge(group, 1L, Long::sum);
    }

    /** Inputs finished so far (all sessions). */
    synchronized long inputs() {
        return inputs;
    }

    /** Bytes of inputs finished in this session. */
    synchronized long sessionBytes() {
        return sessionBytes;
    }

    /** Bytes of inputs finished so far (all sessions). */
    synchronized long bytesIn() {
        return bytesIn;
    }

    synchronized RunCounts snapshot() {
        return new RunCounts(inputs, resumed, written, skipped, quarantined, warnings, reassigned, bytesIn, bytesOut,
                new TreeMap<>(skipReasons), new TreeMap<>(quarantineReasons), new TreeMap<>(actions));
    }
}
