package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * The linkage records of a keystore run survive a SIGKILL: once an input is journaled as done, its patient can be
 * re-identified, whatever moment the run was killed at (records used to be buffered 500 at a time, and the resumed run
 * skipped the inputs whose records were lost). Deleting the linkage database while a run uses it stops the run with
 * exit 4, and a later resume into the same output refuses to go on without it. Resuming without the keystore says
 * so (it used to say the earlier run had a random key).
 */
class LinkageDurabilityTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int PATIENTS = 200;

    @TempDir
    Path dir;
    private Path in;
    private Path keystore;
    private Path password;

    @BeforeEach
    void inputsAndKeystore() throws Exception {
        in = dir.resolve("in");
        for (int i = 0; i < PATIENTS; i++) {
            SyntheticWriter.write(in.resolve(String.format("IMG%04d", i)),
                    SyntheticImage.header(11, SPEC, i, 0, 0, i), SPEC, 11 + i);
        }
        password = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        keystore = dir.resolve("project.p12");
        assertEquals(0, ChildVeil.run(dir.resolve("keys.log"), Map.of(), "keys", "init", "--keystore",
                keystore.toString(), "--password-file", password.toString()));
    }

    @Test
    void deid_killedMidRunThenResumed_everyPatientReidentifiable() throws Exception {
        killResumeAndCheck(1);
    }

    /**
     * Two workers share commits (one that finds its links already committed by the other skips its own) and commit
     * only when a link is new: a kill at any moment still leaves no journaled input whose links are lost.
     */
    @Test
    void deid_twoWorkersKilledMidRunThenResumed_everyPatientReidentifiable() throws Exception {
        killResumeAndCheck(2);
    }

    private void killResumeAndCheck(int threads) throws Exception {
        Path out = dir.resolve("out");
        int done = killAfter(start(out, threads), out, 60);
        assertTrue(done < PATIENTS, "killed mid run: " + done);
        assertEquals(0, start(out, threads).waitFor(), Files.readString(dir.resolve("child.log")));

        List<PatientKey> missing = unlinkedPatients();
        assertEquals(List.of(), missing, missing.size() + " of " + PATIENTS + " patients cannot be re-identified");
    }

    private List<PatientKey> unlinkedPatients() throws IOException {
        ProjectKey key = new KeystoreFile(keystore).load(PasswordSource.file(password));
        List<PatientKey> missing = new ArrayList<>();
        try (LinkageStore store = LinkageStore.open(linkageUrl(), new Properties(), key,
                LinkageOptions.of(key.fingerprint()))) {
            for (PatientKey p : patients()) {
                if (store.patientsById(p).isEmpty()) {
                    missing.add(p);
                }
            }
        }
        return missing;
    }

    /**
     * SIGTERM mid-run: the run stops recording and committing links, closes the store and exits 143, and nothing is
     * logged about the store (H2's shutdown hook used to close it while workers committed: "rollback failed (SQLState
     * 90121)", then "connection lost"); a resume links every patient.
     */
    @Test
    void deid_sigtermMidRun_noLinkageWarningAndResumeLinksEveryPatient() throws Exception {
        Path out = dir.resolve("out");
        Process p = start(out, 2);
        waitForEntries(p, out, 40);
        p.destroy();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(143, p.exitValue(), log);
        assertEquals(List.of(), log.lines().filter(l -> l.contains("linkage store") && !l.contains("opened")).toList(),
                log);
        assertEquals(0, start(out, 2).waitFor(), Files.readString(dir.resolve("child.log")));
        assertEquals(List.of(), unlinkedPatients());
    }

    @Test
    void deid_linkageDatabaseDeletedMidRun_stopsWithExit4AndResumeRefuses() throws Exception {
        Path out = dir.resolve("out");
        Process p = start(out);
        waitForEntries(p, out, 20);
        Files.delete(Path.of(linkageUrl().substring("jdbc:h2:file:".length()) + ".mv.db"));
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(Veil.BROKER, p.exitValue(), log);
        assertTrue(log.contains(".mv.db was deleted while in use"), log);

        Process again = start(out);
        assertTrue(again.waitFor(2, TimeUnit.MINUTES));
        log = Files.readString(dir.resolve("child.log"));
        assertEquals(Veil.BROKER, again.exitValue(), log);
        assertTrue(log.contains("the linkage store is missing, but OUT holds a run that recorded links in it"), log);
    }

    @Test
    void deid_keystoreRunResumedWithoutKeystore_saysTheEarlierKeyWasSupplied() throws Exception {
        Path out = dir.resolve("out");
        killAfter(start(out), out, 5);
        Path log = dir.resolve("again.log");

        int exit = ChildVeil.run(log, Map.of(), "deid", in.toString(), out.toString());

        String printed = Files.readString(log);
        assertEquals(Veil.USAGE, exit, printed);
        assertTrue(printed.contains("it was made with the supplied key ") && printed.contains("this run has none "
                + "and uses a random key; give the same key (--keystore) to resume it"), printed);
        assertFalse(printed.contains("made with a random key"), printed);
    }

    private String linkageUrl() {
        return "jdbc:h2:file:" + keystore.toAbsolutePath() + ".linkage";
    }

    private Set<PatientKey> patients() throws IOException {
        Set<PatientKey> all = new java.util.HashSet<>();
        try (var files = Files.list(in)) {
            for (Path f : files.toList()) {
                all.add(Deidentifier.patientOf(DicomReader.read(f).dataset()));
            }
        }
        assertEquals(PATIENTS, all.size());
        return all;
    }

    private Process start(Path out) throws IOException {
        return start(out, 1);
    }

    private Process start(Path out, int threads) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Veil.class.getName(), "deid",
                in.toString(), out.toString(), "--threads", Integer.toString(threads), "--keystore", keystore.toString(),
                "--password-file", password.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()));
        pb.environment().remove(RunKey.TEST_KEY_FILE);
        return pb.start();
    }

    private static void waitForEntries(Process p, Path out, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (entries(out) < atLeast && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(p.isAlive(), "the run is still going after " + entries(out) + " inputs");
    }

    /** SIGKILLs the child once the journal lists {@code atLeast} inputs; returns how many it lists then. */
    private static int killAfter(Process p, Path out, int atLeast) throws Exception {
        waitForEntries(p, out, atLeast);
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertFalse(p.exitValue() == 0, "killed, not finished");
        return entries(out);
    }

    private static int entries(Path out) throws IOException {
        Path j = Path.of(out + ".veil/journal.tsv");
        if (!Files.exists(j)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(j);
        int lines = 0;
        for (byte x : b) {
            lines += x == '\n' ? 1 : 0;
        }
        return Math.max(0, lines - 1);
    }
}
