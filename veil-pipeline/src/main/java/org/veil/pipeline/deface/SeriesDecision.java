package org.veil.pipeline.deface;

import org.veil.volume.deface.DefaceResult;

/** What happens to the instances of one series under Clean Recognizable Visual Features. */
public sealed interface SeriesDecision {

    /** The output Series Instance UID (as de-identified), to name the series in reports. */
    String outputSeries();

    /**
     * The face is cut off.
     *
     * @param instances how many instances the series has
     */
    record Deface(String outputSeries, int instances, DefaceResult result) implements SeriesDecision {
    }

    /**
     * The series looks like a head but cannot be defaced: its instances are quarantined.
     *
     * @param reason a sentence
     */
    record Refuse(String outputSeries, int instances, String reason) implements SeriesDecision {
    }

    /**
     * The series cannot show a face (a lone slice, a thin slab, a small field of view): it goes out untouched, and
     * the report says why.
     *
     * @param reason a sentence
     */
    record Leave(String outputSeries, int instances, String reason) implements SeriesDecision {
    }
}
