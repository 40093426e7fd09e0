package org.veil.broker.audit;

/** The audit log cannot be written or is damaged; whatever needed the record must not go ahead. */
public final class AuditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }
}
