package org.veil.pipeline;

import org.veil.deid.engine.DeidResult;

/** What became of one input. Holds no original value. */
public sealed interface Outcome permits Outcome.Written, Outcome.Skipped, Outcome.Quarantined,
        Outcome.Deferred {

    /**
     * De-identified and stored.
     *
     * @param name         the output name given by the {@link OutputNaming} (a relative path of pseudonyms)
     * @param result       what the de-identifier did
     * @param readWarnings number of recoveries the lenient reader made
     * @param bytesWritten size of the stored instance
     * @param reassigned   true when the instance's own patient differed from the one its study was first seen with
     *                     (dirty input), so it was de-identified under the study's patient
     * @param study        the written data set's patient, study, series, date and modality (for the delivery
     *                     report), or null when not known
     */
    record Written(String name, DeidResult result, int readWarnings, long bytesWritten, boolean reassigned,
                   OutputStudy study) implements Outcome {
        /** An output whose study values are not known. */
        public Written(String name, DeidResult result, int readWarnings, long bytesWritten, boolean reassigned) {
            this(name, result, readWarnings, bytesWritten, reassigned, null);
        }
    }

    /**
     * Left out on purpose: not DICOM, or a filter said skip. Not a problem.
     *
     * @param reason why, free of values, e.g. {@code not DICOM}
     */
    record Skipped(String reason) implements Outcome {
    }

    /**
     * Not processed; the input was handed to the quarantine sink.
     *
     * @param reason why
     */
    record Quarantined(QuarantineReason reason) implements Outcome {
    }

    /**
     * Not processed yet: a DICOMDIR, which a folder run writes after the files it references (see
     * {@link InstanceProcessor#processDirectory}). Nothing was stored or quarantined.
     *
     * @param reason why, free of values
     */
    record Deferred(String reason) implements Outcome {
    }
}
