package org.veil.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Identifying values of the original instance that text burned into its pixels might repeat, read before header
 * de-identification so that OCR text can be matched against them. Holds PHI: kept in memory for one instance only,
 * never logged, never written; {@link #toString()} gives counts only.
 *
 * @param names       person names (patient, referring, performing, operators), as stored ({@code ^} separated)
 * @param identifiers patient IDs, accession number, study ID
 * @param dates       birth, study, series, acquisition and content dates (YYYYMMDD)
 * @param others      institution and station names, department
 */
public record PixelContext(List<String> names, List<String> identifiers, List<String> dates, List<String> others) {
    /** Nothing known. */
    public static final PixelContext NONE = new PixelContext(List.of(), List.of(), List.of(), List.of());

    // PS3.15 Table E.1-1 rows likely to be burned into ultrasound and secondary capture headers.
    private static final int[] NAMES = {Tags.PatientName, Tags.ReferringPhysicianName, Tags.PerformingPhysicianName,
            Tags.OperatorsName, Tags.NameOfPhysiciansReadingStudy};
    private static final int[] IDENTIFIERS = {Tags.PatientID, Tags.OtherPatientIDs, Tags.AccessionNumber, Tags.StudyID};
    private static final int[] DATES = {Tags.PatientBirthDate, Tags.StudyDate, Tags.SeriesDate,
            Tags.AcquisitionDate, Tags.ContentDate};
    private static final int[] OTHERS = {Tags.InstitutionName, Tags.StationName, Tags.InstitutionalDepartmentName};

    public PixelContext {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        dates = List.copyOf(dates);
        others = List.copyOf(others);
    }

    /** The values of the original (not yet de-identified) data set. */
    public static PixelContext of(Dataset original) {
        DatasetView v = DatasetView.of(original);
        return new PixelContext(values(v, NAMES), values(v, IDENTIFIERS), values(v, DATES), values(v, OTHERS));
    }

    private static List<String> values(DatasetView v, int[] tags) {
        List<String> out = new ArrayList<>();
        for (int t : tags) {
            String s;
            try {
                s = v.string(t);
            } catch (RuntimeException e) {
                continue;
            }
            if (s == null) {
                continue;
            }
            for (String part : s.split("\\\\")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PixelContext[" + names.size() + " names, " + identifiers.size() + " ids, " + dates.size() + " dates, "
                + others.size() + " others]";
    }
}
