package org.veil.pipeline;

import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Where a written output belongs, as delivered (pseudonyms and shifted dates only): what the delivery report's study
 * table shows, taken from the de-identified data set when it is written so that the report need not read the outputs
 * back. Values are null when the output does not have them.
 */
public record OutputStudy(String patient, String study, String date, String modality, String series) {
    private static final int PATIENT_ID = 0x00100020;
    private static final int STUDY_UID = 0x0020000D;
    private static final int SERIES_UID = 0x0020000E;
    private static final int STUDY_DATE = 0x00080020;
    private static final int MODALITY = 0x00080060;

    /** The values of a de-identified data set (the one written). */
    public static OutputStudy of(Dataset written) {
        DatasetView v = DatasetView.of(written);
        return new OutputStudy(v.string(PATIENT_ID), v.string(STUDY_UID), v.string(STUDY_DATE), v.string(MODALITY),
                v.string(SERIES_UID));
    }
}
