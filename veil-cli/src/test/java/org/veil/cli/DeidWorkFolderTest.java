package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.Workloads;
import org.veil.verify.MappingFile;

/**
 * Issue 17 item 3: the run state and the mapping live in a work folder beside OUT ({@code OUT.veil}, or
 * {@code --work DIR}), OUT holds only deliverables, and a refused run writes nothing anywhere (listings of the whole
 * temporary folder compared before and after, so files beside OUT count too).
 */
class DeidWorkFolderTest {
    @TempDir
    Path tmp;

    private Path input(int files) throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, files, 1, Workloads.SEED);
        return in;
    }

    @Test
    void run_keepsStateAndMappingBesideOut_outHoldsOnlyDeliverables() throws Exception {
        Path in = input(3);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("deid", in.toString(), out.toString());
        assertEquals(Veil.OK, r.exit(), r.err());
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.filter(Files::isRegularFile).allMatch(p -> p.toString().endsWith(".dcm")),
                    "only de-identified instances in OUT");
        }
        assertFalse(Files.exists(out.resolve(".veil")));
        Path work = tmp.resolve("out.veil");
        for (String f : List.of("journal.tsv", "changes.jsonl", "summary.json", "mapping.tsv")) {
            assertTrue(Files.isRegularFile(work.resolve(f)), f);
        }
        List<MappingFile.Entry> mapping = MappingFile.read(work.resolve("mapping.tsv"));
        assertEquals(3, mapping.size());
        assertTrue(mapping.stream().allMatch(e -> e.id().matches("[0-9a-f]{32}")), mapping.toString());
        assertTrue(r.out().contains("mapping:      " + work.resolve("mapping.tsv")), r.out());
        assertTrue(r.out().contains("holds PHI, do not deliver"), r.out());
        assertTrue(r.out().contains("quarantine:   " + tmp.resolve("out.quarantine")), r.out());
    }

    @Test
    void run_withWorkOption_usesThatFolderAndResumesFromIt() throws Exception {
        Path in = input(3);
        Path out = tmp.resolve("out");
        Path work = tmp.resolve("state/run1");
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, (byte) 7);
        Path key = ChildVeil.keyFile(tmp, secret);
        Path log = tmp.resolve("log");
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, key.toString());
        assertEquals(Veil.OK, ChildVeil.run(log, env, "deid", in.toString(), out.toString(), "--work",
                work.toString()), Files.readString(log));
        assertTrue(Files.isRegularFile(work.resolve("journal.tsv")));
        assertFalse(Files.exists(tmp.resolve("out.veil")));
        Map<String, String> before = TreeDigest.of(out);

        assertEquals(Veil.OK, ChildVeil.run(log, env, "deid", in.toString(), out.toString(), "--work",
                work.toString()), Files.readString(log));
        assertTrue(Files.readString(log).contains("resumed:      3 inputs were done by the interrupted run"),
                Files.readString(log));
        assertEquals(before, TreeDigest.of(out));
    }

    @Test
    void refusedRuns_writeNothingAnywhere() throws Exception {
        Path in = input(2);
        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("notes.txt"), "someone else's file");
        Path done = tmp.resolve("done");
        assertEquals(Veil.OK, CliRun.of("deid", in.toString(), done.toString()).exit());
        Map<String, String> before = FolderListing.of(tmp);

        refused(Veil.USAGE, "lies inside the input", "deid", in.toString(), in.resolve("out").toString());
        refused(Veil.USAGE, "is not empty and holds no Veil run", "deid", in.toString(), full.toString());
        refused(Veil.USAGE, "lies inside the output", "deid", in.toString(), tmp.resolve("o").toString(),
                "--work", tmp.resolve("o/state").toString());
        refused(Veil.USAGE, "lies inside the input", "deid", in.toString(), tmp.resolve("o").toString(),
                "--work", in.resolve("state").toString());
        refused(Veil.USAGE, "--duplicates must be", "deid", in.toString(), tmp.resolve("o").toString(),
                "--duplicates", "bogus");
        // a random key never matches the one of the run in done/: resuming it must be refused
        refused(Veil.USAGE, "made with a random key", "deid", in.toString(), done.toString());
        refused(Veil.USAGE, "cannot continue", "deid", in.toString(), done.toString(), "--dry-run");

        assertEquals(before, FolderListing.of(tmp), "a refused run wrote something");
    }

    private static void refused(int code, String sentence, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(code, r.exit(), r.err());
        assertTrue(r.err().contains(sentence), r.err());
        assertTrue(r.err().lines().count() <= 2, "one or two lines: " + r.err());
    }

    @Test
    void stateOfAnOlderVersionInsideOut_refusedWithTheCommandThatMovesIt() throws Exception {
        Path in = input(2);
        Path out = tmp.resolve("out");
        assertEquals(Veil.OK, CliRun.of("deid", in.toString(), out.toString()).exit());
        Files.move(tmp.resolve("out.veil"), out.resolve(".veil"));
        Map<String, String> before = FolderListing.of(tmp);

        CliRun r = CliRun.of("deid", in.toString(), out.toString());
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("run state of an older Veil in " + out.resolve(".veil")), r.err());
        assertTrue(r.err().contains("mv " + out.resolve(".veil") + " " + tmp.resolve("out.veil")), r.err());
        assertEquals(before, FolderListing.of(tmp));
    }

    @Test
    void unwritableOutput_exit3WithASentence() throws Exception {
        Path in = input(1);
        Path blocker = Files.writeString(tmp.resolve("file"), "a file, not a folder");
        Map<String, String> before = FolderListing.of(tmp);
        CliRun r = CliRun.of("deid", in.toString(), blocker.resolve("out").toString());
        assertEquals(Veil.UNWRITABLE, r.exit(), r.err());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("folder " + blocker.resolve("out") + " cannot be written"), r.err());
        assertEquals(before, FolderListing.of(tmp));
    }

    @Test
    void runThatWritesNothing_exit5() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("notes.txt"), "not DICOM");
        CliRun dry = CliRun.of("deid", in.toString(), tmp.resolve("out").toString(), "--dry-run");
        assertEquals(Veil.NOTHING_WRITTEN, dry.exit(), dry.err());
        CliRun r = CliRun.of("deid", in.toString(), tmp.resolve("out").toString());
        assertEquals(Veil.NOTHING_WRITTEN, r.exit(), r.err());
        assertEquals(5, r.exit());
        assertTrue(r.out().contains("written:      0"), r.out());
    }

    @Test
    void dryRun_writesNothing_andListsWhatTheRunThenWrites() throws Exception {
        Path in = input(3);
        Files.writeString(in.resolve("readme.txt"), "not DICOM");
        Path out = tmp.resolve("out");
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, (byte) 9);
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(logs, secret).toString());
        Path dryLog = logs.resolve("dry.log");
        Map<String, String> before = FolderListing.of(tmp);

        int exit = ChildVeil.run(dryLog, env, "deid", in.toString(), out.toString(), "--dry-run", "--option",
                "retain-long-modified-dates");
        String dry = Files.readString(dryLog);
        assertEquals(Veil.OK, exit, dry);
        Files.delete(dryLog);
        assertEquals(before, FolderListing.of(tmp), "the dry run wrote something");
        assertTrue(dry.contains("nothing was written"), dry);
        assertTrue(dry.contains("would write 3, quarantine 0, skip 1 input(s)"), dry);
        assertTrue(dry.contains("options:      retain-long-modified-dates"), dry);
        assertTrue(dry.contains("shift-date  E.1-1 Study Date C (retain-long-modified-dates)"),
                "rules that fire: " + dry);
        assertTrue(dry.contains(out + " (would be created; deliverables only)"), dry);
        assertFalse(dry.contains("readme"), "inputs named by id only: " + dry);

        assertEquals(Veil.OK, ChildVeil.run(logs.resolve("real.log"), env, "deid", in.toString(), out.toString(),
                "--option", "retain-long-modified-dates"));
        List<MappingFile.Entry> written = MappingFile.read(tmp.resolve("out.veil/mapping.tsv"));
        assertEquals(3, written.size());
        for (MappingFile.Entry e : written) {
            assertTrue(dry.contains("write       input " + e.id() + " -> " + e.output()),
                    e + " was not announced: " + dry);
        }
    }

    @Test
    void help_documentsEveryExitCode() {
        CliRun r = CliRun.of("deid", "--help");
        for (String code : List.of("0 outputs written", "1 something was quarantined", "2 usage error",
                "3 IN cannot be read, or OUT, the quarantine or the work folder cannot be written",
                "4 keystore or linkage store unusable", "5 nothing was written", "70 internal error",
                "--dry-run exits with the code the run would have")) {
            assertTrue(r.out().replaceAll("\\s+", " ").contains(code), code + " in " + r.out());
        }
        for (String option : List.of("--work", "--dry-run", "--log-input-paths")) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
