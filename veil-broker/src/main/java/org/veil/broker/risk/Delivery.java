package org.veil.broker.risk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;

/**
 * A de-identified delivery as its quasi-identifiers: every DICOM instance under a folder (hidden folders such as the
 * run state skipped; DICOMDIRs and files without Patient ID skipped) read for its header, folded into one
 * {@link Subject} per patient and one per study.
 *
 * @param patients   one subject per pseudonymous Patient ID
 * @param studies    one subject per Study Instance UID
 * @param instances  instances read
 * @param unreadable files that were not DICOM or could not be read
 * @param headInstances           CT/MR instances of the head (Body Part Examined or series description)
 * @param headInstancesNotDefaced those of them without Clean Recognizable Visual Features (113102) recorded
 */
public record Delivery(List<Subject> patients, List<Subject> studies, int instances, int unreadable,
                       int headInstances, int headInstancesNotDefaced) {

    /** Scans {@code folder}. */
    public static Delivery scan(Path folder) throws IOException {
        Scanner scanner = new Scanner();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    scanner.read(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return scanner.delivery();
    }

    /** Folds headers into subjects; {@link #add} is the part that tests drive with headers directly. */
    static final class Scanner {
        private final Map<String, Subject> patients = new LinkedHashMap<>();
        private final Map<String, Subject> studies = new LinkedHashMap<>();
        private final Map<String, String> studyPatient = new LinkedHashMap<>();
        private int instances;
        private int unreadable;
        private int head;
        private int headNotDefaced;

        void read(Path file) {
            Dataset ds;
            try {
                ds = DicomReader.readQuietly(file, ReadLimits.DEFAULT).dataset();
            } catch (IOException | RuntimeException e) {
                unreadable++;
                return;
            }
            add(ds);
        }

        void add(Dataset ds) {
            HeaderValues h = new HeaderValues(ds);
            String patientId = h.string(Tags.PatientID);
            if (patientId == null) {
                return;
            }
            instances++;
            Subject patient = patients.computeIfAbsent(patientId, Subject::new);
            String studyUid = h.string(Tags.StudyInstanceUID);
            String studyKey = studyUid == null ? patientId + "/?" : studyUid;
            Subject study = studies.computeIfAbsent(studyKey, Subject::new);
            studyPatient.putIfAbsent(studyKey, patientId);
            h.addTo(patient);
            h.addTo(study);
            if (h.headScan()) {
                head++;
                if (!h.defaced()) {
                    headNotDefaced++;
                }
            }
        }

        Delivery delivery() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            studyPatient.values().forEach(p -> counts.merge(p, 1, Integer::sum));
            for (Subject p : patients.values()) {
                p.add(QuasiIdentifier.STUDY_COUNT, Integer.toString(counts.getOrDefault(p.id(), 0)));
            }
            for (var e : studies.entrySet()) {
                e.getValue().add(QuasiIdentifier.STUDY_COUNT,
                        Integer.toString(counts.getOrDefault(studyPatient.get(e.getKey()), 0)));
            }
            return new Delivery(List.copyOf(new ArrayList<>(patients.values())),
                    List.copyOf(new ArrayList<>(studies.values())), instances, unreadable, head, headNotDefaced);
        }
    }
}
