package org.veil.broker.linkage;

import java.time.Instant;

/** First and last time a link was recorded within one batch. */
record Sightings(Instant first, Instant last) {

    static Sightings at(Instant time) {
        return new Sightings(time, time);
    }

    Sightings and(Sightings other) {
        Instant f = other.first.isBefore(first) ? other.first : first;
        Instant l = other.last.isAfter(last) ? other.last : last;
        return new Sightings(f, l);
    }
}
