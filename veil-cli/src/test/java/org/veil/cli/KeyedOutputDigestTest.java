package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.VR;
import org.veil.dicom.data.DatasetView;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticWriter;

/**
 * A keyed run (keystore, modified dates, Clean Descriptors, two workers) gives the same bytes as before the speed work
 * on keyed runs (derivation caches, per-thread MACs, the shared lexicon, the key loaded during start-up): same key,
 * same pseudonyms, UIDs, shifted dates and cleaned text. The expected digests were taken from the code before that
 * work; the inputs are built here, attribute by attribute, so that a change of the bench generators cannot move them.
 */
class KeyedOutputDigestTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);
    private static final String INPUT_DIGEST =
            "36 files 4757cc11ddf57b5bd6b47d5cac4a81881ae0329e667d7696ac4cb2e99c0c9b0b";
    private static final String OUTPUT_DIGEST =
            "36 files a4c4198dabefb73b576425582fd2955b1e5fab7859255e98beecc4c8fe4399af";

    @TempDir
    Path dir;

    @Test
    void deid_keyedWithDatesAndDescriptors_outputsAsBefore() throws Exception {
        Path in = dir.resolve("in");
        writeInputs(in);
        assertEquals(INPUT_DIGEST, digest(in), "the inputs changed: the expected output digest no longer applies");
        Path password = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path keystore = dir.resolve("project.p12");
        byte[] secret = new byte[ProjectKey.LENGTH];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i * 7 + 3);
        }
        new KeystoreFile(keystore).create(PasswordSource.file(password), ProjectKey.of(secret));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("deid", "-q", in.toString(), out.toString(), "--keystore", keystore.toString(),
                "--password-file", password.toString(), "--threads", "2", "--option", "retain-long-modified-dates",
                "--option", "clean-descriptors");

        assertEquals(0, run.exit(), run.err());
        assertEquals(OUTPUT_DIGEST, digest(out));
    }

    /** 3 patients, 2 studies each, 2 series of 3 slices: repeated patients, studies and series, unique instances. */
    private static void writeInputs(Path in) throws IOException {
        String[][] people = {{"DOE^JOHN", "PID-0001", "Anna Berg"}, {"SMITH^MARY^ANN", "PID-0002", "Paul Weiss"},
            {"MUELLER^KARL", "", "Ines Moreau"}};
        for (int p = 0; p < people.length; p++) {
            for (int study = 0; study < 2; study++) {
                for (int series = 0; series < 2; series++) {
                    for (int i = 0; i < 3; i++) {
                        Path file = in.resolve("p" + p + "/st" + study + "/se" + series + "/IMG" + i + ".dcm");
                        SyntheticWriter.write(file, header(people[p], p, study, series, i), SPEC, 17 + i);
                    }
                }
            }
        }
    }

    private static Dataset header(String[] person, int p, int study, int series, int i) {
        String root = "1.2.826.0.1.3680043.2.1143.77." + p + "." + study;
        String date = "2019" + String.format("%02d", 3 + study) + String.format("%02d", 10 + p);
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        v.putString(Tags.SOPClassUID, VR.UI, SPEC.sopClass());
        v.putString(Tags.SOPInstanceUID, VR.UI, root + "." + series + "." + i);
        v.putString(Tags.StudyDate, VR.DA, date);
        v.putString(Tags.SeriesDate, VR.DA, date);
        v.putString(Tags.StudyTime, VR.TM, "101010");
        v.putString(Tags.AccessionNumber, VR.SH, "ACC" + p + study);
        v.putString(Tags.Modality, VR.CS, "CT");
        v.putString(Tags.InstitutionName, VR.LO, "Springfield General Hospital");
        v.putString(Tags.ReferringPhysicianName, VR.PN, person[2].replace(' ', '^'));
        v.putString(Tags.StudyDescription, VR.LO, "CT chest for " + person[0].replace('^', ' ').toLowerCase());
        v.putString(Tags.SeriesDescription, VR.LO, "AXIAL " + series + " seen by Dr. " + person[2]);
        v.putString(Tags.PatientName, VR.PN, person[0]);
        v.putString(Tags.PatientID, VR.LO, person[1]);
        v.putString(Tags.IssuerOfPatientID, VR.LO, "SPRINGFIELD");
        v.putString(Tags.PatientBirthDate, VR.DA, "19" + (50 + p) + "0612");
        v.putString(Tags.PatientSex, VR.CS, p == 1 ? "F" : "M");
        v.putString(Tags.PatientComments, VR.LT, "f/u " + person[0].replace('^', ' ') + " on 03/" + (10 + p)
                + "/2019, call 555-0123");
        v.putString(Tags.StudyInstanceUID, VR.UI, root);
        v.putString(Tags.SeriesInstanceUID, VR.UI, root + "." + series);
        v.putString(Tags.FrameOfReferenceUID, VR.UI, root + "." + series + ".9");
        v.putString(Tags.StudyID, VR.SH, "S" + study);
        v.putString(Tags.SeriesNumber, VR.IS, Integer.toString(series + 1));
        v.putString(Tags.InstanceNumber, VR.IS, Integer.toString(i + 1));
        v.putString(Tags.ImageComments, VR.LT, "Reviewed by Dr. " + person[2] + " " + date);
        return ds;
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    private static String digest(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        return files.size() + " files " + HexFormat.of().formatHex(sha.digest());
    }
}
