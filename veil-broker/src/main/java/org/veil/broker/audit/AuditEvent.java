package org.veil.broker.audit;

/**
 * What is being audited, as given by the caller; who and when are added by the log.
 *
 * @param action  what was done, a short token such as {@code reidentify-patient}
 * @param subject what was looked up: a pseudonym or pseudonymous UID, never an original
 * @param reason  the reason the requester stated (1..1000 characters)
 * @param outcome the result, a short token such as {@code found}, {@code not-found}, {@code ambiguous}
 */
public record AuditEvent(String action, String subject, String reason, String outcome) {
    static final int MAX_REASON = 1000;
    static final int MAX_SUBJECT = 256;

    public AuditEvent {
        checkToken("action", action);
        checkToken("outcome", outcome);
        if (subject == null || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("audit subject must have at most " + MAX_SUBJECT + " characters");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("an audited action needs a stated reason of 1.." + MAX_REASON
                    + " characters");
        }
    }

    private static void checkToken(String what, String token) {
        if (token == null || !token.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("audit " + what + " must be a lowercase token like 'not-found'");
        }
    }
}
