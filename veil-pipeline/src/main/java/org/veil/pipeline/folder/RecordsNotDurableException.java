package org.veil.pipeline.folder;

import java.io.IOException;

/** The run stopped because the records of an input (its linkage) could not be saved; see {@link RecordCommit}. */
public final class RecordsNotDurableException extends IOException {
    private static final long serialVersionUID = 1L;

    public RecordsNotDurableException(String message, Throwable cause) {
        super(message, cause);
    }
}
