package org.veil.broker.audit;

/**
 * The last record of the log as the log itself last confirmed it: its number and MAC. Copy it to another place now
 * and then (a ticket, syslog, a signed report) to be able to detect a rollback of the whole log.
 *
 * @param seq the number of records
 * @param mac the MAC of the last record (64 zeros when there is none)
 */
public record AuditHead(long seq, String mac) {
    /** The MAC before the first record. */
    public static final String GENESIS = "0".repeat(64);
    /** The head of an empty log. */
    public static final AuditHead EMPTY = new AuditHead(0, GENESIS);
}
