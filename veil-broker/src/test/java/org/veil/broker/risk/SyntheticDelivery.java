package org.veil.broker.risk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * A small de-identified delivery with known equivalence classes, written as real DICOM files: each call to
 * {@link #patient} adds one patient with one study of one instance (or more with {@link #study}).
 */
final class SyntheticDelivery {
    private final Path root;
    private int patients;
    private int instances;

    SyntheticDelivery(Path root) {
        this.root = root;
    }

    /** A patient with one study; returns its pseudonymous id. */
    String patient(String age, String sex, String studyDate, String modality, String bodyPart) throws IOException {
        String id = String.format("PAT%04d", ++patients);
        study(id, age, sex, studyDate, modality, bodyPart);
        return id;
    }

    void study(String id, String age, String sex, String studyDate, String modality, String bodyPart)
            throws IOException {
        int n = ++instances;
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(Tags.SOPInstanceUID, VR.UI, "2.25." + (1000 + n));
        v.putString(Tags.StudyInstanceUID, VR.UI, "2.25." + (5000 + n));
        v.putString(Tags.PatientID, VR.LO, id);
        v.putString(Tags.PatientAge, VR.AS, age);
        v.putString(Tags.PatientSex, VR.CS, sex);
        v.putString(Tags.StudyDate, VR.DA, studyDate);
        v.putString(Tags.Modality, VR.CS, modality);
        v.putString(Tags.BodyPartExamined, VR.CS, bodyPart);
        Path dir = Files.createDirectories(root.resolve(id).resolve("S" + n));
        try (FileChannel ch = FileChannel.open(dir.resolve("I" + n + ".dcm"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
    }

    /**
     * The reference delivery: 12 patients in classes of 5 (40Y F 2020 CT CHEST), 4 (41Y M 2020 CT CHEST),
     * 2 (62Y F 2019 MR KNEE) and 1 (93Y M 2018 CT CHEST). With age in 10-year bands the first two classes stay apart
     * (sex differs).
     */
    static SyntheticDelivery reference(Path root) throws IOException {
        SyntheticDelivery d = new SyntheticDelivery(root);
        for (int i = 0; i < 5; i++) {
            d.patient("040Y", "F", "20200301", "CT", "CHEST");
        }
        for (int i = 0; i < 4; i++) {
            d.patient("041Y", "M", "20200611", "CT", "CHEST");
        }
        for (int i = 0; i < 2; i++) {
            d.patient("062Y", "F", "20190102", "MR", "KNEE");
        }
        d.patient("093Y", "M", "20180709", "CT", "CHEST");
        Files.createDirectories(root.resolve(".veil"));
        Files.writeString(root.resolve(".veil").resolve("summary.json"), "{}");
        Files.writeString(root.resolve("README.txt"), "not DICOM");
        return d;
    }
}
