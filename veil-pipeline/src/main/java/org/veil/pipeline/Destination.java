package org.veil.pipeline;

import java.util.Objects;

/**
 * Where one flow puts its results: de-identified instances and quarantined inputs. The two must never share a
 * location (quarantine holds PHI).
 *
 * @param output     the sink for de-identified instances
 * @param quarantine the sink for failing inputs
 */
public record Destination(InstanceSink output, QuarantineSink quarantine) {
    public Destination {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(quarantine, "quarantine");
    }
}
