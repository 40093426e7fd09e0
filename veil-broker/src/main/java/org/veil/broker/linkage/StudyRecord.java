package org.veil.broker.linkage;

import java.time.Instant;

/** A stored study link with the first and last time it was recorded. */
public record StudyRecord(StudyLink link, Instant firstSeen, Instant lastSeen) {
}
