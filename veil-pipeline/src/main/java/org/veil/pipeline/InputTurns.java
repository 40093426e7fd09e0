package org.veil.pipeline;

/**
 * Keeps in listing order the decisions a one-thread run takes in listing order, when several workers process inputs
 * at once: the patient a study is de-identified under (the dirty input rule: the study's first input decides) and
 * which of several inputs with one SOP Instance UID keeps their common output name (the first one).
 *
 * <p>Each input passes its turn once its header is read and filtered, registering its instance UID. An input whose
 * study is not decided yet first waits until every earlier-listed input has passed (then decides it); the others do
 * not wait. Which input keeps a contested output name is the output sink's part (a folder run's lets an earlier rival
 * take a name over from a later one that is not recorded yet), for which it needs the registered instance UIDs and
 * the end of each input's claim ({@link #settled}).
 *
 * <p>Used by {@link InstanceProcessor} (turns) and the output sink (claims); the order itself is the front end's.
 * Implementations must be thread-safe; every method must accept inputs it does not know (and do nothing).
 */
public interface InputTurns {
    /** No order: every input decides as soon as it gets there (one worker, or a front end that orders otherwise). */
    InputTurns NONE = new InputTurns() {
        @Override
        public void await(Input input) {
        }

        @Override
        public void pass(Input input, String instanceKey) {
        }

        @Override
        public void settled(Input input) {
        }
    };

    /** Waits until every earlier-listed input has passed its turn (before deciding a study not decided yet). */
    void await(Input input);

    /**
     * Passes the input's turn, registering {@code instanceKey} (the instance UID as an output name writes it; the same
     * key for every input that has none). Once per input that reaches de-identification.
     */
    void pass(Input input, String instanceKey);

    /** The input will claim no output name any more (it claimed one, or failed): passes its turn too. Idempotent. */
    void settled(Input input);
}
