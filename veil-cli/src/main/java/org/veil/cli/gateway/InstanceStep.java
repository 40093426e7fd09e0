package org.veil.cli.gateway;

import java.io.IOException;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;

/** De-identifies one spooled instance into the gateway's sinks (the shared run's per-instance flow). Thread-safe. */
@FunctionalInterface
public interface InstanceStep {
    /**
     * @throws IOException when the input had to be quarantined but the quarantine could not store it
     */
    Outcome process(Input input, Destination destination) throws IOException;
}
