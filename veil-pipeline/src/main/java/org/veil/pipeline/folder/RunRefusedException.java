package org.veil.pipeline.folder;

/**
 * A folder run that must not start: overlapping folders, an output folder holding something else, or a journal that
 * this run cannot continue. Nothing was written. The message says what to do.
 */
public class RunRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RunRefusedException(String message) {
        super(message);
    }
}
