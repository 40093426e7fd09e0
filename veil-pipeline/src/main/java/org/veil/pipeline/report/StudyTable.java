package org.veil.pipeline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.pipeline.OutputStudy;

/**
 * One row per study of the delivery, read from the de-identified outputs (so only pseudonyms and shifted dates),
 * and the number of outputs per modality.
 */
final class StudyTable {
    private static final int PATIENT_ID = 0x00100020;
    private static final int STUDY_UID = 0x0020000D;
    private static final int SERIES_UID = 0x0020000E;
    private static final int STUDY_DATE = 0x00080020;
    private static final int MODALITY = 0x00080060;

    /** A study as delivered: pseudonymous patient and UID, shifted date, modalities, series and instance counts. */
    record Row(String patient, String study, String date, Set<String> modalities, Set<String> series, int instances) {
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private final Map<String, Long> modalities = new TreeMap<>();
    private int unreadable;

    /** Reads the outputs named (relative to {@code out}); outputs that cannot be read are counted, not fatal. */
    static StudyTable of(Path out, List<String> outputs) {
        StudyTable t = new StudyTable();
        for (String name : outputs) {
            try {
                t.add(DatasetView.of(DicomReader.read(out.resolve(name), ReadLimits.DEFAULT).dataset()));
            } catch (IOException | RuntimeException e) {
                t.unreadable++;
            }
        }
        return t;
    }

    private void add(DatasetView ds) {
        add(new OutputStudy(ds.string(PATIENT_ID), ds.string(STUDY_UID), ds.string(STUDY_DATE), ds.string(MODALITY),
                ds.string(SERIES_UID)));
    }

    /** Adds one output from the values recorded when it was written. */
    synchronized void add(OutputStudy s) {
        String modality = orDash(s.modality());
        modalities.merge(modality, 1L, Long::sum);
        String study = orDash(s.study());
        Row row = rows.computeIfAbsent(study, k -> new Row(orDash(s.patient()), k, orDash(s.date()), new TreeSet<>(),
                new TreeSet<>(), 0));
        row.modalities().add(modality);
        row.series().add(orDash(s.series()));
        rows.put(study, new Row(row.patient(), row.study(), row.date(), row.modalities(), row.series(),
                row.instances() + 1));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value.trim();
    }

    List<Row> rows() {
        return List.copyOf(rows.values());
    }

    Map<String, Long> modalities() {
        return modalities;
    }

    int unreadable() {
        return unreadable;
    }
}
