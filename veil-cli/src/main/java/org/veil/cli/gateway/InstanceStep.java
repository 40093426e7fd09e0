package org.veil.cli.gateway;

import java.io.IOException;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;

/**
 * De-identifies one spooled instance into the gateway's sinks: the shared run's per-instance flow
 * ({@code DeidRun.perInstance(...)::process}). Thread-safe: one serves every worker.
 */
@FunctionalInterface
public interface InstanceStep {
    /**
     * @throws IOException when the input had to be quarantined but the quarantine could not store it, or when what
     *                     the run records (linkage) could not be made durable
     */
    Outcome process(Input input) throws IOException;
}
