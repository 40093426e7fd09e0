package org.veil.pipeline.folder;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a folder run (including inputs an interrupted earlier session of the same run completed). No PHI.
 *
 * @param inputs            inputs finished: written + skipped + quarantined
 * @param resumed           of which finished by an earlier, interrupted session
 * @param written           de-identified and stored
 * @param skipped           left out on purpose (not DICOM, filter skip, symbolic link loop ...)
 * @param quarantined       kept in quarantine
 * @param warnings          recoveries and de-identification warnings in written outputs
 * @param reassigned        written instances whose study had been seen with another patient (dirty input): they
 *                          were de-identified under the study's first patient, each counted as a warning too
 * @param bytesIn           input bytes
 * @param bytesOut          output bytes
 * @param skipReasons       skipped inputs per reason
 * @param quarantineReasons quarantined inputs per location-free reason group
 * @param actions           changes per action code over all written outputs
 */
public record RunCounts(long inputs, long resumed, long written, long skipped, long quarantined, long warnings,
                        long reassigned,
                        long bytesIn, long bytesOut, Map<String, Long> skipReasons,
                        Map<String, Long> quarantineReasons, Map<String, Long> actions) {
    public RunCounts {
        skipReasons = Collections.unmodifiableMap(new TreeMap<>(skipReasons));
        quarantineReasons = Collections.unmodifiableMap(new TreeMap<>(quarantineReasons));
        actions = Collections.unmodifiableMap(new TreeMap<>(actions));
    }
}
