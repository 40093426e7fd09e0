package org.veil.pipeline.deface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of {@link DefacePlanner} for one run: which instances (by SOP Instance UID, as read and as
 * de-identified) belong to a series to deface or to refuse. Instances it does not list are left as they are.
 * Immutable.
 */
public final class DefacePlan {
    private final Map<String, SeriesDecision> byInstance;
    private final List<SeriesDecision> series;

    DefacePlan(Map<String, SeriesDecision> byInstance, List<SeriesDecision> series) {
        this.byInstance = Map.copyOf(byInstance);
        this.series = List.copyOf(series);
    }

    /** A plan that lists nothing. */
    public static DefacePlan empty() {
        return new DefacePlan(new HashMap<>(), List.of());
    }

    /** The decision for an instance, or null when its pixels are left alone. */
    public SeriesDecision forInstance(String sopInstanceUid) {
        return sopInstanceUid == null ? null : byInstance.get(sopInstanceUid);
    }

    /** Every planned series, in the order they were planned. */
    public List<SeriesDecision> series() {
        return series;
    }
}
