package org.veil.broker.linkage;

import java.time.Instant;

/** A stored patient link with the first and last time it was recorded. */
public record PatientRecord(PatientLink link, Instant firstSeen, Instant lastSeen) {
}
