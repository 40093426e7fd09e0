package org.veil.pipeline.folder;

import java.io.IOException;

/**
 * Makes durable what de-identifying an input recorded outside the output (the pseudonyms in the linkage store) before
 * the input is journaled as done: a run killed at any moment then never leaves a done input whose records are lost
 * (the resumed run would skip it, and its patient could never be re-identified). Called from worker threads before
 * each batch of completed inputs is journaled (a folder run journals up to 32 inputs at once); implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface RecordCommit {
    /** Nothing is recorded outside the output. */
    RecordCommit NONE = () -> { };

    /**
     * Commits everything recorded so far.
     *
     * @throws IOException when it cannot be made durable: the run stops (the input is not journaled, so a later run
     *                     does it again)
     */
    void commit() throws IOException;
}
