package org.veil.broker.audit;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param records      how many lines the log has
 * @param firstBadLine the 1-based line where the first problem is; {@code records + 1} when records are missing at
 *                     the end; 0 when the log is intact or the problem is in the head file alone
 * @param problem      what is wrong, or null when intact
 */
public record AuditVerification(long records, long firstBadLine, String problem) {

    static AuditVerification intact(long records) {
        return new AuditVerification(records, 0, null);
    }

    /** True when every record and the head verified. */
    public boolean intact() {
        return problem == null;
    }
}
