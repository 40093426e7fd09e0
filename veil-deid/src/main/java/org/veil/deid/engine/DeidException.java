package org.veil.deid.engine;

/**
 * An instance that cannot be de-identified as configured: the caller quarantines it with this reason. The message
 * names what and where (tag path), never an original value.
 */
public class DeidException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeidException(String reason) {
        super(reason);
    }

    public DeidException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
