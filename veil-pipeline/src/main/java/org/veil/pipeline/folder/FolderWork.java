package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.deid.engine.Change;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.QuarantineCategory;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.dicomdir.DirectoryFiles;

/**
 * Feeds the walked inputs to a fixed pool of workers through a bounded window ({@link #WINDOW_PER_WORKER} inputs per
 * worker, refilled once half of it is done: {@link InputWindow}), so memory stays constant however large the input;
 * records each completed input in the journal and the tally. The pool takes inputs first in, first out, which
 * {@link ListingTurns} needs (an input waiting for its turn waits only for inputs already taken by a worker). Inputs
 * the journal already lists are passed over. A
 * failure to write the journal stops the run (resume needs it); a failing input never does.
 */
final class FolderWork implements InputVisitor {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWork.class);
    /** Inputs recorded together (one linkage commit, one journal write, one change report write). */
    static final int BATCH = 32;
    /** Longest time a completed input waits to be recorded while others are still running. */
    static final long BATCH_NANOS = 200_000_000L;
    /** Inputs per worker handed out and not yet finished (a path and a few ids each: a few hundred bytes). */
    static final int WINDOW_PER_WORKER = 16;

    private final InstanceProcessor processor;
    private final Destination destination;
    private final FolderQuarantine quarantine;
    private final RunState state;
    private final RunTally tally;
    private final InputIds ids;
    private final FolderRunOptions options;
    private final RunMapping mapping;
    private final InputWindow window;
    private final ListingTurns<Finished> turns;
    private final InputHold hold;
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    private final List<Input> directories = Collections.synchronizedList(new ArrayList<>());
    private final List<Completed> queue = new ArrayList<>();
    /** Held while a batch is recorded (commit, journal, listener), so batches are recorded one at a time. */
    private final Object recording = new Object();
    private long queuedSince;
    private ExecutorService pool;

    FolderWork(InstanceProcessor processor, Destination destination, FolderQuarantine quarantine, RunState state,
               RunTally tally, InputIds ids, FolderRunOptions options, RunMapping mapping, ListingTurns<Finished> turns,
               InputHold hold) {
        this.turns = turns;
        this.hold = hold;
        this.processor = processor;
        this.destination = destination;
        this.quarantine = quarantine;
        this.state = state;
        this.tally = tally;
        this.ids = ids;
        this.options = options;
        this.mapping = mapping;
        this.window = new InputWindow(options.threads() * WINDOW_PER_WORKER);
    }

    /** Walks and processes everything; returns when every worker is done. */
    void run(InputWalker walker) throws IOException, InterruptedException {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "veil-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            walker.walk(this);
        } catch (InterruptedException e) {
            if (fatal.get() == null) {
                throw e;
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                LOG.info("still waiting for workers");
            }
        }
        flushQueue();
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    @Override
    public void file(Path file, String relative, long size) throws InterruptedException {
        if (fatal.get() != null) {
            throw new InterruptedException("stopped: " + fatal.get().getMessage());
        }
        Id128 id = ids.of(relative);
        if (state.done.contains(id)) {
            mapping.passedOver(file, id);
            return;
        }
        window.enter();
        Input input = new Input.OfFile(file, id.hex(), relative, size);
        turns.enlist(input.id());
        pool.execute(() -> {
            Outcome outcome = null;
            try {
                hold.before(relative);
                outcome = process(input, id);
            } catch (RuntimeException | Error e) {
                failed(id, e);
            } finally {
                release(turns.finish(input, outcome == null ? null : new Finished(input, id, outcome)));
            }
        });
    }

    /**
     * Records the inputs {@link ListingTurns} releases (each leaves the window then, so the inputs finished and not
     * yet released stay bounded); a demoted one lost its output name to an earlier-listed rival and is processed again
     * first, now meeting that rival's claim.
     */
    private void release(List<ListingTurns.Released<Finished>> released) {
        for (ListingTurns.Released<Finished> r : released) {
            window.leave();
            Finished f = r.done();
            if (f == null) {
                continue;
            }
            try {
                Outcome outcome = r.demoted() ? process(f.input(), f.id()) : f.outcome();
                if (outcome != null) {
                    record(f.input(), f.id(), outcome);
                }
            } catch (RuntimeException | Error e) {
                failed(f.id(), e);
            }
        }
    }

    /** Processes one input; returns its outcome to record, or null when there is nothing to record (yet). */
    private Outcome process(Input input, Id128 id) {
        if (fatal.get() != null) {
            return null;
        }
        Outcome outcome;
        try {
            outcome = processor.process(input, destination);
        } catch (IOException e) {
            LOG.error("input {}: the quarantine could not store it ({}); it is not journaled and will be tried "
                    + "again by the next run", id, FailureText.withoutDetail(e));
            tally.walkQuarantined("quarantine failed: " + FailureText.withoutDetail(e));
            return null;
        }
        if (outcome instanceof Outcome.Deferred) {
            directories.add(input);
            return null;
        }
        return outcome;
    }

    /** An input processed, waiting for its release by {@link ListingTurns}. */
    record Finished(Input input, Id128 id, Outcome outcome) {
    }

    /**
     * Queues a completed input; every {@link #BATCH} inputs (or once the oldest queued one has waited
     * {@link #BATCH_NANOS}) the queue is recorded together. Outputs are in place before their inputs are queued, so a
     * killed run loses at most the queued entries, whose inputs the next run redoes (same names, same bytes).
     */
    private void record(Input input, Id128 id, Outcome outcome) {
        JournalEntry entry = entry(id, input.size(), outcome);
        byte[] line = outcome instanceof Outcome.Written w ? ChangeReport.line(id, w.name(), w.result()) : null;
        List<Completed> batch = null;
        synchronized (queue) {
            if (queue.isEmpty()) {
                queuedSince = System.nanoTime();
            }
            queue.add(new Completed(input, outcome, new RunRecord.Pending(entry, line)));
            if (queue.size() >= BATCH || System.nanoTime() - queuedSince > BATCH_NANOS) {
                batch = takeQueue();
            }
        }
        if (batch != null) {
            flush(batch);
        }
    }

    /** Records whatever is queued (see {@link #flush}). */
    private void flushQueue() {
        List<Completed> batch;
        synchronized (queue) {
            batch = takeQueue();
        }
        if (batch != null) {
            flush(batch);
        }
    }

    /** The queued inputs, now out of the queue; null when there are none or the run is stopping. Holds the queue. */
    private List<Completed> takeQueue() {
        if (queue.isEmpty() || fatal.get() != null) {
            queue.clear();
            return null;
        }
        List<Completed> batch = new ArrayList<>(queue);
        queue.clear();
        return batch;
    }

    /**
     * Records a batch taken from the queue: commits the linkage records made so far (those of the batch among them),
     * then writes the batch's change report lines and journal entries (one write each), then counts them and tells the
     * listener. Stops the run when a step fails (nothing of the batch is journaled then, so a later run redoes it).
     * Batches are recorded one at a time, but outside the queue's lock: the other workers keep queueing meanwhile
     * instead of waiting for this batch's writes and commit.
     */
    private void flush(List<Completed> batch) {
        synchronized (recording) {
            if (fatal.get() != null) {
                return;
            }
            try {
                options.records().commit();
            } catch (IOException | RuntimeException e) {
                fatal.compareAndSet(null, new RecordsNotDurableException("the linkage records of the inputs done so "
                        + "far could not be saved: " + e.getMessage() + "; the run stopped", e));
                return;
            }
            try {
                state.record.record(batch.stream().map(Completed::pending).toList());
            } catch (IOException e) {
                fatal.compareAndSet(null, new IOException("cannot write the run journal: " + e.getMessage()
                        + "; the run stopped and can be resumed", e));
                return;
            }
            for (Completed c : batch) {
                tally.completed(c.pending().entry());
                try {
                    options.listener().completed(c.input(), c.outcome());
                } catch (RuntimeException e) {
                    failed(c.pending().entry().input(), e);
                }
            }
            try {
                options.listener().recorded();
            } catch (RuntimeException e) {
                LOG.error("the mapping of the inputs just journaled could not be written: {}",
                        FailureText.withoutDetail(e));
                tally.walkQuarantined("internal error: " + FailureText.withoutDetail(e));
            }
        }
    }

    /** An input done whose journal entry waits in the queue. */
    private record Completed(Input input, Outcome outcome, RunRecord.Pending pending) {
    }

    /**
     * Something failed outside the processor's own handling (e.g. the heap ran out while the quarantine copied the
     * input): the input is not journaled, so the next run tries it again, and it counts as quarantined so the run
     * does not end as a success.
     */
    private void failed(Id128 id, Throwable e) {
        String what = e instanceof OutOfMemoryError ? "the Java heap ran out" : FailureText.withoutDetail(e);
        LOG.error("input {}: {} while it was processed or quarantined; it is not journaled and will be tried again by "
                + "the next run", id, what);
        tally.walkQuarantined("internal error: " + what + " outside the instance's own handling");
    }

    /**
     * Writes the DICOMDIRs deferred by the walk, one after the other in the order of their keyed ids, now that the
     * files they reference are written: the first as {@code DICOMDIR} at the output root, any further one as
     * {@code DICOMDIR_2}, {@code DICOMDIR_3} ... (skipping names an earlier session took).
     */
    boolean hasDirectories() {
        return !directories.isEmpty();
    }

    void finishDirectories(DirectoryFiles files) throws IOException {
        List<Input> todo = new ArrayList<>(directories);
        todo.sort(Comparator.comparing(Input::id));
        int n = 1;
        for (Input input : todo) {
            String name = n == 1 ? "DICOMDIR" : "DICOMDIR_" + n;
            while (state.claims.contains(Id128.digest(name))) {
                n++;
                name = "DICOMDIR_" + n;
            }
            n++;
            Outcome outcome;
            try {
                outcome = processor.processDirectory(input, destination, files, name);
            } catch (IOException e) {
                LOG.error("a DICOMDIR input: the quarantine could not store it ({}); it will be tried again by the "
                        + "next run", FailureText.withoutDetail(e));
                continue;
            }
            Id128 id = Id128.parse(input.id());
            record(input, id, outcome);
            flushQueue();
            if (fatal.get() != null) {
                throw fatal.get();
            }
        }
    }

    static JournalEntry entry(Id128 id, long size, Outcome outcome) {
        if (outcome instanceof Outcome.Written w) {
            Map<String, int[]> counts = new HashMap<>();
            for (Change c : w.result().changes()) {
                counts.computeIfAbsent(c.action(), a -> new int[1])[0]++;
            }
            Map<String, Integer> actions = new TreeMap<>();
            counts.forEach((action, n) -> actions.put(action, n[0]));
            if (w.reassigned()) {
                actions.put(JournalEntry.REASSIGNED, 1);
            }
            return new JournalEntry(JournalEntry.Status.WRITTEN, id, size, w.bytesWritten(),
                    w.readWarnings() + w.result().warnings().size() + (w.reassigned() ? 1 : 0), -1, actions,
                    w.name());
        }
        if (outcome instanceof Outcome.Skipped s) {
            return new JournalEntry(JournalEntry.Status.SKIPPED, id, size, 0, 0, -1, Map.of(), s.reason());
        }
        QuarantineReason r = ((Outcome.Quarantined) outcome).reason();
        return new JournalEntry(JournalEntry.Status.QUARANTINED, id, size, 0, 0, -1, Map.of(), r.group());
    }

    @Override
    public void skipped(String relative, String reason) {
        tally.walkSkipped(reason);
    }

    @Override
    public void unreadable(String relative, String detail) {
        QuarantineReason reason = QuarantineReason.of(QuarantineCategory.UNREADABLE, relative + ": " + detail,
                "folder or entry cannot be read");
        try {
            quarantine.reasonOnly(ids.of(relative).hex(), relative, reason);
        } catch (IOException e) {
            LOG.error("cannot write a quarantine reason file: {}", FailureText.withoutDetail(e));
        }
        tally.walkQuarantined(reason.group());
    }
}
