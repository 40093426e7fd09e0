package org.veil.broker.linkage;

import java.time.Instant;

/**
 * A stored warning. Subject and detail hold pseudonyms only, so warnings can be shown to operators.
 *
 * @param kind    what it is about
 * @param subject the pseudonym or pseudonymous study UID concerned
 * @param detail  what was seen, in pseudonyms
 * @param created when it was first recorded
 */
public record LinkageWarning(WarningKind kind, String subject, String detail, Instant created) {
}
