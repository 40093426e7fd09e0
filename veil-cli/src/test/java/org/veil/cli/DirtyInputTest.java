package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.FakePerson;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * Dirty input: one study whose instances carry two different Patient IDs. Every output of the study must carry one
 * pseudonym (the first patient seen for the study), in parallel runs and across sessions, and the summary must count
 * the reassigned instances.
 */
class DirtyInputTest {
    private static final int PATIENT_ID = 0x00100020;
    private static final int PATIENT_NAME = 0x00100010;
    private static final int BIRTH_DATE = 0x00100030;
    private static final int STUDY_DATE = 0x00080020;
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int CLEAN = 6;
    private static final int DIRTY = 4;

    @TempDir
    Path dir;

    @Test
    void deid_studyWithTwoPatientIds_oneThreadPoolOnePseudonym() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        write(in, seed, 0, CLEAN, false);
        write(in, seed, CLEAN, DIRTY, true);
        Path out = dir.resolve("out");
        assertEquals(0, ChildVeil.run(dir.resolve("log"), env(seed), "deid", in.toString(), out.toString(),
                "--threads", "4"));
        assertOnePatient(out, CLEAN + DIRTY, "seed " + seed);
        long conflicts = conflicts(out);
        assertTrue(conflicts == DIRTY || conflicts == CLEAN, "conflicts counted: " + conflicts + ", seed " + seed);
    }

    @Test
    void deid_dirtyInstancesFirstThenTheRestInALaterSession_studyKeepsTheFirstPatient() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        write(in, seed, CLEAN, DIRTY, true);
        Path out = dir.resolve("out");
        Map<String, String> env = env(seed);
        assertEquals(0, ChildVeil.run(dir.resolve("log"), env, "deid", in.toString(), out.toString()));
        assertEquals(0, conflicts(out));
        write(in, seed, 0, CLEAN, false);
        assertEquals(0, ChildVeil.run(dir.resolve("log"), env, "deid", in.toString(), out.toString(),
                "--threads", "3"));
        assertOnePatient(out, CLEAN + DIRTY, "seed " + seed);
        assertEquals(CLEAN, conflicts(out), "the later session's instances took the first session's patient");
        assertTrue(Files.readString(Path.of(out + ".veil/summary.json")).contains("\"resumed\" : " + DIRTY));
    }

    /** Instances {@code from..from+n} of one study; dirty ones carry another person's ID, name and birth date. */
    private static void write(Path in, long seed, int from, int n, boolean dirty) throws Exception {
        FakePerson other = FakePerson.of(seed, 1);
        for (int i = from; i < from + n; i++) {
            Dataset ds = SyntheticImage.header(seed, SPEC, 0, 0, 0, i);
            if (dirty) {
                DatasetView v = DatasetView.of(ds);
                v.putString(PATIENT_ID, VR.LO, other.id());
                v.putString(PATIENT_NAME, VR.PN, other.dicomName());
                v.putString(BIRTH_DATE, VR.DA, other.birthDate());
            }
            SyntheticWriter.write(in.resolve("IMG" + i), ds, SPEC, seed + i);
        }
    }

    private static void assertOnePatient(Path out, int files, String msg) throws Exception {
        List<Path> outputs = DeidReferencesTest.outputs(out);
        assertEquals(files, outputs.size(), msg);
        try (Stream<Path> top = Files.list(out)) {
            assertEquals(1, top.filter(p -> !p.getFileName().toString().equals(".veil")).count(),
                    "one patient folder, " + msg);
        }
        for (int tag : new int[] {PATIENT_ID, PATIENT_NAME, DeidReferencesTest.STUDY, STUDY_DATE}) {
            long distinct = outputs.stream().map(p -> value(p, tag)).distinct().count();
            assertEquals(1, distinct, String.format("(%04X,%04X) %s", tag >>> 16, tag & 0xFFFF, msg));
        }
    }

    private static String value(Path file, int tag) {
        try {
            return String.valueOf(DatasetView.of(DicomReader.read(file).dataset()).string(tag));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long conflicts(Path out) throws Exception {
        Matcher m = Pattern.compile("\"studyPatientConflicts\" : (\\d+)")
                .matcher(Files.readString(Path.of(out + ".veil/summary.json")));
        assertTrue(m.find(), "summary.json counts study patient conflicts");
        return Long.parseLong(m.group(1));
    }

    private Map<String, String> env(long seed) throws Exception {
        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        return Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret).toString());
    }
}
