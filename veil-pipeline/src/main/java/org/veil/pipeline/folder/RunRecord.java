package org.veil.pipeline.folder;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run's durable state in the work folder (default {@code OUT.veil/}): the {@link Journal} and the change report, appended together under
 * one lock so that the report never lists an input the journal does not (each journal entry records the report's
 * length after its line; a resumed run cuts the report back to the last journaled length). Thread-safe.
 */
final class RunRecord implements Closeable {
    static final String JOURNAL = "journal.tsv";
    static final String CHANGES = "changes.jsonl";
    private static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    private final Journal journal;
    private final FileChannel changes;
    private final Durability durability;
    private long lastForce = System.nanoTime();
    private boolean dirty;

    private RunRecord(Journal journal, FileChannel changes, Durability durability) {
        this.journal = journal;
        this.changes = changes;
        this.durability = durability;
    }

    /**
     * Opens the run state in {@code veilDir}, replaying entries of an earlier, interrupted run of the same kind.
     *
     * @throws RunRefusedException when the journal belongs to another run, or the report is shorter than the journal
     *                             says (a power failure without {@link Durability#POWER_LOSS})
     */
    static RunRecord open(Path veilDir, JournalHeader header, Durability durability, Consumer<JournalEntry> replay)
            throws IOException, RunRefusedException {
        long[] reportEnd = {0};
        Journal journal = Journal.open(veilDir.resolve(JOURNAL), header, e -> {
            reportEnd[0] = Math.max(reportEnd[0], e.changesEnd());
            replay.accept(e);
        });
        try {
            FileChannel ch = FileChannel.open(veilDir.resolve(CHANGES), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (ch.size() < reportEnd[0]) {
                ch.close();
                throw new RunRefusedException(veilDir.resolve(CHANGES) + " is shorter than the journal says ("
                        + ch.size() + " < " + reportEnd[0] + " bytes): the run was probably cut by a power failure "
                        + "without --durable. Start over with an empty output folder");
            }
            ch.truncate(reportEnd[0]);
            ch.position(reportEnd[0]);
            return new RunRecord(journal, ch, durability);
        } catch (IOException | RunRefusedException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Records one completed input: its report line (written outputs only) and then its journal entry.
     *
     * @param reportLine the change report line, or null
     */
    synchronized void record(JournalEntry entry, byte[] reportLine) throws IOException {
        record(List.of(new Pending(entry, reportLine)));
    }

    /**
     * Records completed inputs together: their report lines in one write, then their journal entries in one write
     * (each entry with the report's length after its own line), so a batch costs two system calls whatever its size.
     * A killed process leaves at most a torn last line in either file, which reopening cuts off; inputs whose entries
     * were not written are redone by the next run.
     */
    synchronized void record(List<Pending> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        ByteBuffer[] lines = new ByteBuffer[batch.size()];
        int count = 0;
        StringBuilder entries = new StringBuilder(batch.size() * 128);
        long end = changes.position();
        for (Pending p : batch) {
            JournalEntry e = p.entry();
            if (p.reportLine() != null) {
                lines[count++] = ByteBuffer.wrap(p.reportLine());
                end += p.reportLine().length;
                e = new JournalEntry(e.status(), e.input(), e.bytesIn(), e.bytesOut(), e.warnings(), end,
                        e.actions(), e.text());
            }
            entries.append(e.line());
        }
        writeAll(lines, count);
        journal.append(entries.toString());
        dirty = true;
        if (durability == Durability.POWER_LOSS && System.nanoTime() - lastForce > FORCE_INTERVAL_NANOS) {
            force();
        }
    }

    /** Writes the report lines with one gathering write (more only when the kernel takes part of them). */
    private void writeAll(ByteBuffer[] lines, int count) throws IOException {
        int first = 0;
        while (first < count) {
            changes.write(lines, first, count - first);
            while (first < count && !lines[first].hasRemaining()) {
                first++;
            }
        }
    }

    /** One completed input waiting to be recorded: its journal entry and its change report line (or null). */
    record Pending(JournalEntry entry, byte[] reportLine) {
    }

    private void force() throws IOException {
        changes.force(false);
        journal.force();
        lastForce = System.nanoTime();
        dirty = false;
    }

    /** Forces (when durable) and closes both files. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (dirty && durability == Durability.POWER_LOSS) {
                force();
            }
        } finally {
            try {
                changes.close();
            } finally {
                journal.close();
            }
        }
    }
}
