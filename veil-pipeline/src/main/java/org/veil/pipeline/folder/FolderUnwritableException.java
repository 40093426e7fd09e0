package org.veil.pipeline.folder;

/** A folder the run must write (output, quarantine, work folder) cannot be created or written. Nothing was written. */
public final class FolderUnwritableException extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public FolderUnwritableException(String message) {
        super(message);
    }
}
