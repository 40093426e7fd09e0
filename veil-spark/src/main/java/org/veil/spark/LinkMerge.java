package org.veil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.StudyLink;

/**
 * The driver's last step: reads every task's {@link LinkFile} in the work folder, drops the links seen more than once
 * (retried tasks, inputs of several tasks sharing a patient), records the rest in the linkage store in one go, and
 * deletes the files once the store committed them. A job stopped before that leaves the files, and the next
 * submission merges them; recording a link the store already holds changes nothing, so nothing is duplicated.
 */
final class LinkMerge {
    private LinkMerge() {
    }

    /** The number of distinct links merged. */
    record Merged(int files, int patients, int studies) {
    }

    static Merged into(LinkageStore store, LinkFile format, FileSystem fs, Path folder) throws IOException {
        if (!fs.exists(folder)) {
            return new Merged(0, 0, 0);
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus s : fs.listStatus(folder)) {
            if (s.isFile() && s.getPath().getName().endsWith(LinkFile.ENDING)) {
                files.add(s);
            }
        }
        files.sort(Comparator.comparing(s -> s.getPath().getName()));
        LinkFile.Links all = LinkFile.Links.empty();
        for (FileStatus s : files) {
            all.addAll(format.read(fs, s.getPath()));
        }
        List<PatientLink> patients = new ArrayList<>(all.patients());
        patients.sort(Comparator.comparing(PatientLink::pseudonym).thenComparing(PatientLink::issuer)
                .thenComparing(PatientLink::patientId));
        List<StudyLink> studies = new ArrayList<>(all.studies());
        studies.sort(Comparator.comparing(StudyLink::pseudoStudyUid));
        patients.forEach(store::record);
        studies.forEach(store::record);
        store.flush();
        for (FileStatus s : files) {
            fs.delete(s.getPath(), false);
        }
        return new Merged(files.size(), patients.size(), studies.size());
    }
}
