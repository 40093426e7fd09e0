package org.veil.pipeline;

/**
 * Keeps in listing order the decisions a one-thread run takes in listing order, when several workers process inputs
 * at once: the patient a study is de-identified under (the dirty input rule: the study's first input decides) and
 * which of several inputs with one SOP Instance UID keeps their common output name (the first one). Each input takes
 * a turn once its header is read and filtered: it waits there until every earlier-listed input has taken its turn
 * (or finished), decides its study, and registers its instance UID; before claiming an output name it waits only for
 * earlier-listed inputs with the same instance UID (rivals) to settle. Inputs without rivals never wait at the claim,
 * so slow pixel work of one input holds up no other input.
 *
 * <p>Used by {@link InstanceProcessor} (turns) and the output sink (claims); the order itself is the front end's.
 * Implementations must be thread-safe; every method must accept inputs it does not know (and do nothing).
 */
public interface InputTurns {
    /** No order: every input decides as soon as it gets there (one worker, or a front end that orders otherwise). */
    InputTurns NONE = new InputTurns() {
        @Override
        public void await(Input input, String instanceKey) {
        }

        @Override
        public void pass(Input input) {
        }

        @Override
        public void awaitRivals(Input input) {
        }

        @Override
        public void settled(Input input) {
        }
    };

    /**
     * Waits until every earlier-listed input has passed its turn, then registers {@code instanceKey} (the instance
     * UID as an output name writes it; the same key for every input that has none). Called once per input that
     * reaches de-identification; {@link #pass} must follow.
     */
    void await(Input input, String instanceKey);

    /** Ends the input's turn (its study is decided): the next input may take its turn. Idempotent. */
    void pass(Input input);

    /** Waits until every earlier-listed input with the same instance key has settled. */
    void awaitRivals(Input input);

    /** The input will claim no output name any more (it claimed one, or failed): passes its turn too. Idempotent. */
    void settled(Input input);
}
