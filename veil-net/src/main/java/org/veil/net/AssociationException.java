package org.veil.net;

import java.io.IOException;

/** An association that could not be opened, was rejected or aborted, or broke; the message is a sentence. */
public class AssociationException extends IOException {
    private static final long serialVersionUID = 1L;

    public AssociationException(String message) {
        super(message);
    }

    public AssociationException(String message, Throwable cause) {
        super(message, cause);
    }
}
