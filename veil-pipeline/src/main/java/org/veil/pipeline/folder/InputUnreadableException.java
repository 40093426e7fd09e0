package org.veil.pipeline.folder;

import java.io.IOException;

/** The run's input file or folder does not exist or cannot be read. Nothing was written. */
public class InputUnreadableException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
