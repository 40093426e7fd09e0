package org.veil.pipeline.folder;

/**
 * Holds up an input before a worker processes it, so tests can make an earlier-listed input finish after a later
 * one. Runs hold up nothing ({@link #NONE}).
 */
@FunctionalInterface
interface InputHold {
    InputHold NONE = relative -> { };

    /** Called by the worker before it processes the input with this relative path. */
    void before(String relative);
}
