package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * Two {@code veil deid} runs on one keystore, into different folders, at the same time (a second run used to fail with
 * H2's "Database may be already in use", exit 4): both complete, a patient present in both gets one pseudonym, and
 * the linkage store holds every link of both; {@code veil reidentify} works while they run.
 */
class ConcurrentRunsTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int PER_RUN = 600;
    private static final int SHARED = 100;

    @TempDir
    Path dir;

    @Test
    void twoDeidRunsOnOneKeystore_bothComplete_linksConsistentAndComplete() throws Exception {
        Path a = inputs("a", 0, PER_RUN, 0);
        Path b = inputs("b", PER_RUN - SHARED, 2 * PER_RUN - SHARED, 1);
        Path password = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path keystore = dir.resolve("project.p12");
        assertEquals(0, ChildVeil.run(dir.resolve("keys.log"), Map.of(), "keys", "init", "--keystore",
                keystore.toString(), "--password-file", password.toString()));

        ProjectKey key = new KeystoreFile(keystore).load(PasswordSource.file(password));
        List<PatientKey> missing = new ArrayList<>();
        Set<PatientKey> patientsA = patients(a);
        Set<PatientKey> patientsB = patients(b);
        // This process holds the store open for the whole test, so both runs and the re-identification share it
        // with another process whatever their timing (two runs of this size may or may not overlap each other).
        try (LinkageStore store = LinkageStore.open("jdbc:h2:file:" + keystore.toAbsolutePath() + ".linkage",
                new Properties(), key, LinkageOptions.of(key.fingerprint()))) {
            Process runA = deid(a, dir.resolve("out-a"), keystore, password, "a.log");
            Process runB = deid(b, dir.resolve("out-b"), keystore, password, "b.log");
            Path written = firstOutput(dir.resolve("out-a"), runA);
            String reid = reidentify(written, keystore, password);

            assertTrue(runA.waitFor(4, TimeUnit.MINUTES) && runB.waitFor(4, TimeUnit.MINUTES));
            assertEquals(Veil.OK, runA.exitValue(), logs());
            assertEquals(Veil.OK, runB.exitValue(), logs());
            assertTrue(reid.contains("id="), reid);

            Set<String> pseudonymsA = patientIds(dir.resolve("out-a"));
            Set<String> pseudonymsB = patientIds(dir.resolve("out-b"));
            assertEquals(patientsA.size(), pseudonymsA.size());
            assertEquals(patientsB.size(), pseudonymsB.size());
            pseudonymsA.retainAll(pseudonymsB);
            Set<PatientKey> shared = new HashSet<>(patientsA);
            shared.retainAll(patientsB);
            assertTrue(shared.size() >= SHARED - 2, "the inputs share patients: " + shared.size());
            assertEquals(shared.size(), pseudonymsA.size(), "a patient present in both runs has one pseudonym");

            Set<PatientKey> all = new HashSet<>(patientsA);
            all.addAll(patientsB);
            for (PatientKey p : all) {
                if (store.patientsById(p).size() != 1) {
                    missing.add(p);
                }
            }
        }
        assertEquals(List.of(), missing, "every patient of both runs has exactly one link");
    }

    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String log : List.of("a.log", "b.log", "reid.log")) {
            all.append("--- ").append(log).append('\n').append(Files.readString(dir.resolve(log)));
        }
        return all.toString();
    }

    /** Patients {@code from..to-1}, one image each, in a study numbered {@code study}. */
    private Path inputs(String name, int from, int to, int study) throws IOException {
        Path in = dir.resolve(name);
        for (int i = from; i < to; i++) {
            SyntheticWriter.write(in.resolve(String.format("IMG%04d", i)),
                    SyntheticImage.header(11, SPEC, i, study, 0, 0), SPEC, 11 + i);
        }
        return in;
    }

    private Process deid(Path in, Path out, Path keystore, Path password, String log) throws IOException {
        return child(log, "deid", in.toString(), out.toString(), "--threads", "1", "--keystore", keystore.toString(),
                "--password-file", password.toString());
    }

    private Process child(String log, String... args) throws IOException {
        return ChildVeil.start(dir.resolve(log), args);
    }

    /** Re-identifies an output of a run while the store is open in other processes. */
    private String reidentify(Path written, Path keystore, Path password) throws Exception {
        Process reid = child("reid.log", "reidentify", "--keystore", keystore.toString(), "--password-file",
                password.toString(), "--file", written.toString(), "--reason", "concurrency test");
        assertTrue(reid.waitFor(2, TimeUnit.MINUTES));
        String printed = Files.readString(dir.resolve("reid.log"));
        assertEquals(Veil.OK, reid.exitValue(), printed);
        return printed;
    }

    private static Path firstOutput(Path out, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && run.isAlive()) {
            List<Path> found = outputs(out);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no output was written while the run went on");
    }

    private static List<Path> outputs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".dcm") && !f.toString().contains(".veil")).toList();
        }
    }

    private static Set<String> patientIds(Path out) throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path f : outputs(out)) {
            ids.add(DatasetView.of(DicomReader.read(f).dataset()).string(Tags.PatientID));
        }
        return ids;
    }

    private static Set<PatientKey> patients(Path in) throws IOException {
        Set<PatientKey> all = new HashSet<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.toList()) {
                all.add(Deidentifier.patientOf(DicomReader.read(f).dataset()));
            }
        }
        return all;
    }
}
