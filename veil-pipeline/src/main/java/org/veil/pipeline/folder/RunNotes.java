package org.veil.pipeline.folder;

import java.util.ArrayList;
import java.util.List;
import org.veil.deid.engine.DatePolicy;
import org.veil.deid.engine.DeidConfig;
import org.veil.pipeline.dicomdir.DirectoryRewriter;
import org.veil.profile.ProfileOption;

/** The sentences a summary adds about choices of the run that a reader must know. No PHI. */
final class RunNotes {
    private static final String SAFE_HARBOR_AGE = "safe-harbor-age";

    private RunNotes() {
    }

    static List<String> of(DeidConfig config, RunCounts counts) {
        List<String> notes = new ArrayList<>();
        boolean harbor = config.datePolicy() == DatePolicy.SAFE_HARBOR
                && config.options().contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES);
        if (harbor && config.options().contains(ProfileOption.RETAIN_PATIENT_CHARACTERISTICS)) {
            notes.add("Safe Harbor wins over retain-patient-characteristics: ages over 89 became 090Y and the birth "
                    + "dates of those patients the year study year - 90 (" + counts.actions().getOrDefault(
                            SAFE_HARBOR_AGE, 0L) + " values changed, change code " + SAFE_HARBOR_AGE + ")");
        }
        long removed = counts.actions().getOrDefault(DirectoryRewriter.REMOVED, 0L);
        if (removed > 0) {
            notes.add(removed + " DICOMDIR record(s) removed: the files they describe are not in the delivery (not "
                    + "DICOM, skipped, quarantined or absent), or nothing below them is");
        }
        return notes;
    }
}
