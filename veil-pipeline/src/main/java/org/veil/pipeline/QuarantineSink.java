package org.veil.pipeline;

import java.io.IOException;

/**
 * Where failing inputs go, with their reason. Quarantined copies hold PHI: a quarantine must never share a location
 * with de-identified output. Implementations must be thread-safe.
 */
public interface QuarantineSink {

    /**
     * Keeps a copy of the input and its reason.
     *
     * @throws IOException when neither the copy nor the reason could be stored
     */
    void quarantine(Input input, QuarantineReason reason) throws IOException;
}
