package org.veil.broker.linkage;

import java.util.Set;

/**
 * The linkage store could not be opened, read or written. For reads and writes the message names the operation and
 * the SQLState only: driver messages may quote stored values, which are PHI, so they are not passed on.
 */
public final class LinkageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** H2: connection broken, database closed at the serving process's exit, database closed. */
    private static final Set<String> H2_LOST = Set.of("90067", "90121", "90098");

    private final String sqlState;

    public LinkageException(String message) {
        this(message, null);
    }

    LinkageException(String message, String sqlState) {
        super(message);
        this.sqlState = sqlState;
    }

    /**
     * True when the failure was the loss of the connection (the process serving a shared H2 file ended, or the
     * PostgreSQL connection dropped): a new connection may succeed where this one failed.
     */
    boolean connectionLost() {
        return lost(sqlState);
    }

    static boolean lost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || H2_LOST.contains(sqlState));
    }
}
