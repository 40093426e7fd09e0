package org.veil.pipeline.folder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veil.pipeline.Input;
import org.veil.pipeline.InputTurns;

/**
 * A folder run's {@link InputTurns}, and the release of finished inputs to the journal in a way that gives every
 * output name to the first of its rivals in listing order without making anyone wait for it.
 *
 * <p>The walk enlists each input it hands to the workers, in listing order. A worker claims an output name as soon as
 * it has one; the claim is provisional until the input is <em>released</em>: every earlier-listed input has passed its
 * turn (registered its instance UID) and every earlier-listed rival (same instance UID) has settled. A finished input
 * is parked until then and recorded after. If an earlier rival comes for a name a later, unreleased input holds, it
 * takes the name over ({@link #yields}: the holder's write is finished first, then overwritten) and the holder is
 * demoted: on release it is processed again, and now meets the earlier one's claim like in a one-thread run. Nothing of
 * a demoted input was journaled or reported, so a crash at any point still resumes to the same result.
 *
 * <p>The workers take inputs first in, first out, so when an input waits for its turn (only to decide a study not yet
 * decided) every earlier input is being processed by another worker or done: the first input not yet passed never
 * waits, so the run cannot deadlock. An input that ends before its turn (not DICOM, unreadable, filtered, quarantined)
 * passes it when it settles. Inputs the journal lists are never enlisted. Holds a few dozen bytes per input enlisted
 * and not yet released (bounded by {@link InputWindow}, which counts inputs until they are finished). Thread-safe.
 *
 * @param <T> what a finished input is recorded with
 */
final class ListingTurns<T> implements InputTurns {
    private final Map<String, Turn<T>> open = new HashMap<>();
    /** Passed inputs after the first one not passed yet. */
    private final Set<Long> passedAhead = new HashSet<>();
    /** By instance key, the inputs that registered it and have not settled, in listing order. */
    private final Map<String, TreeSet<Long>> rivals = new HashMap<>();
    /** Finished inputs waiting for their release. */
    private final List<Turn<T>> parked = new ArrayList<>();
    private long listed;
    /** The first input (in listing order) that has not passed its turn. */
    private long next;

    /** One enlisted input: its place in listing order, its instance key once passed, what it finished with. */
    private static final class Turn<T> {
        final String id;
        final long order;
        String key;
        boolean passed;
        boolean settled;
        boolean demoted;
        T done;

        Turn(String id, long order) {
            this.id = id;
            this.order = order;
        }
    }

    /**
     * A finished input released for recording ({@code done} null: nothing to record); {@code demoted}: it lost its
     * output name to an earlier-listed rival and must be processed again.
     */
    record Released<T>(T done, boolean demoted) {
    }

    /** Enlists the next input in listing order; called by the walk, before the input is handed to a worker. */
    synchronized void enlist(String inputId) {
        open.put(inputId, new Turn<>(inputId, listed++));
    }

    @Override
    public synchronized void await(Input input) {
        Turn<T> t = open.get(input.id());
        if (t != null && !t.passed) {
            waitWhile(() -> next < t.order);
        }
    }

    @Override
    public synchronized void pass(Input input, String instanceKey) {
        Turn<T> t = open.get(input.id());
        if (t == null || t.passed) {
            return;
        }
        t.key = instanceKey;
        rivals.computeIfAbsent(instanceKey, k -> new TreeSet<>()).add(t.order);
        pass(t);
    }

    private void pass(Turn<T> t) {
        if (t.passed) {
            return;
        }
        t.passed = true;
        if (t.order != next) {
            passedAhead.add(t.order);
            return;
        }
        next++;
        while (passedAhead.remove(next)) {
            next++;
        }
        notifyAll();
    }

    @Override
    public synchronized void settled(Input input) {
        Turn<T> t = open.get(input.id());
        if (t == null || t.settled) {
            return;
        }
        pass(t);
        t.settled = true;
        if (t.key != null) {
            TreeSet<Long> same = rivals.get(t.key);
            same.remove(t.order);
            if (same.isEmpty()) {
                rivals.remove(t.key);
            }
        }
        notifyAll();
    }

    /**
     * Whether {@code holder}, which holds an output name {@code claimant} wants, must give it up: it is listed later
     * and not yet released. Then waits until the holder has settled (its write is done, so the claimant's write comes
     * after it), demotes it and returns true; otherwise false (the claimant is the later one: a duplicate).
     */
    synchronized boolean yields(String holder, Input claimant) {
        Turn<T> h = open.get(holder);
        Turn<T> c = open.get(claimant.id());
        if (h == null || c == null || h.order < c.order) {
            return false;
        }
        waitWhile(() -> !h.settled);
        h.demoted = true;
        return true;
    }

    /**
     * Parks a finished input ({@code done} null when it is not to be recorded) and returns every parked input that is
     * released now, in listing order, this one included if it is: the caller records them (or processes a demoted one
     * again). Each
     * finished input is returned exactly once, by this call or a later one (the last of the run returns all the rest).
     */
    synchronized List<Released<T>> finish(Input input, T done) {
        Turn<T> t = open.get(input.id());
        if (t == null) {
            return List.of(new Released<>(done, false));
        }
        if (!t.settled) {
            settled(input);
        }
        t.done = done;
        parked.add(t);
        List<Turn<T>> ready = new ArrayList<>();
        parked.removeIf(p -> releasable(p) && ready.add(p));
        ready.sort(java.util.Comparator.comparingLong(p -> p.order));
        List<Released<T>> out = new ArrayList<>(ready.size());
        for (Turn<T> p : ready) {
            open.remove(p.id);
            out.add(new Released<>(p.done, p.demoted));
        }
        return out;
    }

    private boolean releasable(Turn<T> t) {
        if (next <= t.order) {
            return false;
        }
        TreeSet<Long> same = t.key == null ? null : rivals.get(t.key);
        return same == null || same.first() > t.order;
    }

    /** Inputs enlisted and not released. */
    synchronized int open() {
        return open.size();
    }

    /**
     * Waits on this object's monitor (held) while the condition holds. Workers are never interrupted (the run shuts
     * its pool down without interrupting); an interruption is kept for the caller and the wait goes on, since the
     * order is what makes the outputs reproducible and the wait always ends.
     */
    private void waitWhile(java.util.function.BooleanSupplier condition) {
        boolean interrupted = false;
        while (condition.getAsBoolean()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
