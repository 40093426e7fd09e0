package org.veil.pipeline.folder;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veil.pipeline.Input;
import org.veil.pipeline.InputTurns;

/**
 * A folder run's {@link InputTurns}: the walk enlists each input it hands to the workers, in listing order. The
 * workers take inputs first in, first out, so when an input waits every earlier input is being processed by another
 * worker or done; the first input not yet passed never waits (for anything), and an input waits at its claim only for
 * earlier ones, so the run cannot deadlock. An input that ends before its turn (not DICOM, unreadable, filtered,
 * quarantined) passes it when it settles. Inputs the journal lists are never enlisted. Holds a few dozen bytes per
 * input enlisted and not yet settled (bounded by {@link InputWindow}). Thread-safe.
 */
final class ListingTurns implements InputTurns {
    private final Map<String, Turn> open = new HashMap<>();
    /** Passed inputs after the first one not passed yet. */
    private final Set<Long> passedAhead = new HashSet<>();
    /** By instance key, the inputs that registered it and have not settled, in listing order. */
    private final Map<String, TreeSet<Long>> rivals = new HashMap<>();
    private long listed;
    /** The first input (in listing order) that has not passed its turn. */
    private long next;

    /** One enlisted input: its place in listing order and, once it took its turn, its instance key. */
    private static final class Turn {
        final long order;
        String key;
        boolean passed;

        Turn(long order) {
            this.order = order;
        }
    }

    /** Enlists the next input in listing order; called by the walk, before the input is handed to a worker. */
    synchronized void enlist(String inputId) {
        open.put(inputId, new Turn(listed++));
    }

    @Override
    public synchronized void await(Input input) {
        Turn t = open.get(input.id());
        if (t != null && !t.passed) {
            waitWhile(() -> next < t.order);
        }
    }

    @Override
    public synchronized void pass(Input input, String instanceKey) {
        Turn t = open.get(input.id());
        if (t == null || t.passed) {
            return;
        }
        t.key = instanceKey;
        rivals.computeIfAbsent(instanceKey, k -> new TreeSet<>()).add(t.order);
        pass(t);
    }

    private void pass(Turn t) {
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
    public synchronized void awaitRivals(Input input) {
        Turn t = open.get(input.id());
        if (t == null || t.key == null) {
            return;
        }
        TreeSet<Long> same = rivals.get(t.key);
        waitWhile(() -> next < t.order || same.first() < t.order);
    }

    @Override
    public synchronized void settled(Input input) {
        Turn t = open.remove(input.id());
        if (t == null) {
            return;
        }
        pass(t);
        if (t.key != null) {
            TreeSet<Long> same = rivals.get(t.key);
            same.remove(t.order);
            if (same.isEmpty()) {
                rivals.remove(t.key);
            } else {
                notifyAll();
            }
        }
    }

    /** Inputs enlisted and not settled. */
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
