package org.veil.broker.linkage;

/**
 * The linkage store could not be opened, read or written. For reads and writes the message names the operation and
 * the SQLState only: driver messages may quote stored values, which are PHI, so they are not passed on.
 */
public final class LinkageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkageException(String message) {
        super(message);
    }
}
