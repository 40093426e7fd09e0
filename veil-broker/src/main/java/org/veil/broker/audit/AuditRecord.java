package org.veil.broker.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param seq   1 for the first line, then consecutive
 * @param time  when, in UTC
 * @param user  the operating system user who asked
 * @param keyId the project key's id
 * @param event what was done, on what, why, with which result
 * @param prev  the MAC of the previous record (64 zeros for the first)
 * @param mac   HMAC-SHA256 under the AUDIT subkey of this line's text before the {@code mac} field
 */
public record AuditRecord(long seq, Instant time, String user, String keyId, AuditEvent event, String prev,
        String mac) {
}
