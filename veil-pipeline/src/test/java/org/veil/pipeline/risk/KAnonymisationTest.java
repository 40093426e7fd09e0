package org.veil.pipeline.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.risk.Delivery;
import org.veil.broker.risk.QuasiIdentifier;
import org.veil.broker.risk.RiskReport;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

class KAnonymisationTest {
    private static final byte[] PIXELS = {1, 2, 3, 4, 5, 6, 7, 8};

    @TempDir
    Path tmp;

    private int n;

    /** One instance of a new patient, with a few pixel bytes. */
    private void patient(Path out, String age, String sex, String date, String bodyPart) throws IOException {
        int i = ++n;
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        v.putString(Tags.SOPInstanceUID, VR.UI, "2.25." + (1000 + i));
        v.putString(Tags.StudyInstanceUID, VR.UI, "2.25." + (5000 + i));
        v.putString(Tags.PatientID, VR.LO, "P" + i);
        v.putString(Tags.PatientAge, VR.AS, age);
        v.putString(Tags.PatientSex, VR.CS, sex);
        v.putString(Tags.StudyDate, VR.DA, date);
        v.putString(Tags.SeriesDate, VR.DA, date);
        v.putString(Tags.Modality, VR.CS, "OT");
        v.putString(Tags.BodyPartExamined, VR.CS, bodyPart);
        ds.put(DataElement.of(Tags.PixelData, VR.OB, PIXELS.clone()));
        Path dir = Files.createDirectories(out.resolve("P" + i));
        try (FileChannel ch = FileChannel.open(dir.resolve("I" + i + ".dcm"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
    }

    private static int k(Path out, int target) throws IOException {
        return RiskReport.of(Delivery.scan(out), List.of(QuasiIdentifier.values()), null, target).k();
    }

    private static DatasetView header(Path out, String patient) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(patient))) {
            return DatasetView.of(DicomReader.read(files.findFirst().orElseThrow()).dataset());
        }
    }

    @Test
    void agesInBands_reachK_withoutQuarantine_pixelsUntouched() throws IOException {
        Path out = tmp.resolve("out");
        for (String age : List.of("040Y", "041Y", "042Y", "043Y", "044Y")) {
            patient(out, age, "F", "20200301", "CHEST");
        }
        assertEquals(1, k(out, 5));

        KAnonymisation.Result r = KAnonymisation.apply(out, tmp.resolve("q"), tmp.resolve("work"), 5);

        assertEquals(5, k(out, 5));
        assertEquals(1, r.kBefore());
        assertEquals(5, r.kAfter());
        assertEquals(0, r.quarantined());
        assertEquals(5, r.rewritten());
        assertEquals("ages in 5-year bands", r.applied());
        DatasetView h = header(out, "P3");
        assertEquals("040Y", h.string(Tags.PatientAge));
        assertEquals("20200301", h.string(Tags.StudyDate));
        assertArrayEquals(PIXELS, h.dataset().get(Tags.PixelData).bytes());
        assertFalse(Files.exists(tmp.resolve("q")));
        assertTrue(Files.readString(tmp.resolve("work").resolve("k-anonymity.txt")).contains("k 1 -> 5 (target 5)"));
    }

    @Test
    void patientsThatCannotReachK_areQuarantinedWithAReason() throws IOException {
        Path out = tmp.resolve("out");
        for (int i = 0; i < 5; i++) {
            patient(out, "040Y", "F", "20200301", "CHEST");
        }
        for (int i = 0; i < 4; i++) {
            patient(out, "041Y", "M", "20200611", "CHEST");
        }
        for (int i = 0; i < 2; i++) {
            patient(out, "062Y", "F", "20190102", "KNEE");
        }
        patient(out, "093Y", "M", "20180709", "CHEST");

        KAnonymisation.Result r = KAnonymisation.apply(out, tmp.resolve("q"), tmp.resolve("work"), 5);

        assertEquals(7, r.quarantined());
        assertEquals(5, r.kAfter());
        assertEquals(5, k(out, 5));
        assertEquals(5, Delivery.scan(out).patients().size());
        Path q = tmp.resolve("q").resolve("k-anonymity");
        assertTrue(Files.exists(q.resolve("P12").resolve("I12.dcm")));
        assertTrue(Files.readString(q.resolve("P12").resolve("I12.dcm.reason.txt"))
                .startsWith(KAnonymisation.CATEGORY + ": the patient stays in a class of fewer than 5 patients"));
        try (Stream<Path> left = Files.list(out.resolve("P12"))) {
            assertEquals(0, left.count());
        }
        DatasetView kept = header(out, "P1");
        assertEquals("20200101", kept.string(Tags.StudyDate));
        assertEquals("20200101", kept.string(Tags.SeriesDate));
        assertEquals("CHEST", kept.string(Tags.BodyPartExamined));
    }

    @Test
    void aDeliveryAlreadyKAnonymous_isLeftAlone() throws IOException {
        Path out = tmp.resolve("out");
        for (int i = 0; i < 3; i++) {
            patient(out, "040Y", "F", "20200301", "CHEST");
        }
        byte[] before = Files.readAllBytes(out.resolve("P1").resolve("I1.dcm"));

        KAnonymisation.Result r = KAnonymisation.apply(out, tmp.resolve("q"), tmp.resolve("work"), 3);

        assertEquals(0, r.rewritten());
        assertEquals(0, r.quarantined());
        assertEquals("as delivered", r.applied());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("P1").resolve("I1.dcm")));
    }
}
