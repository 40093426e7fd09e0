package org.veil.pipeline.folder;

import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;

/**
 * Told about each input a folder run completes in this session (not those replayed from an interrupted one), from
 * worker threads: implementations must be thread-safe and quick. The input's label may hold PHI: a listener must not
 * log or store it outside the caller's control.
 */
@FunctionalInterface
public interface RunListener {
    /** Listens to nothing. */
    RunListener NONE = (input, outcome) -> { };

    void completed(Input input, Outcome outcome);

    /**
     * Called after the inputs told since the last call are journaled (a run journals inputs in small batches): a
     * listener that buffers what it writes may flush it here.
     */
    default void recorded() {
    }

    /** Tells {@code first}, then {@code second}. */
    static RunListener both(RunListener first, RunListener second) {
        return new RunListener() {
            @Override
            public void completed(Input input, Outcome outcome) {
                first.completed(input, outcome);
                second.completed(input, outcome);
            }

            @Override
            public void recorded() {
                first.recorded();
                second.recorded();
            }
        };
    }
}
