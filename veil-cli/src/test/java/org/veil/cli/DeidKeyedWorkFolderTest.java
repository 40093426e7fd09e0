package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.Workloads;
import org.veil.testkit.Corpus;

/**
 * Issue 17 items 1 and 3 with a keystore, in a child JVM: a refused run and a dry run do not create or touch the
 * linkage store; a missing linkage store refuses the resume with nothing written; {@code --log-input-paths} names
 * inputs by path, which is otherwise never printed.
 */
class DeidKeyedWorkFolderTest {
    private static final Map<String, String> ENV = Map.of("VEIL_KEYSTORE_PASSWORD", "a test password, not secret");

    @TempDir
    Path tmp;

    @Test
    void refusedAndDryRuns_neverCreateTheLinkageStore_missingStoreRefusesWithNothingWritten() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path in = root.resolve("in");
        Path log = tmp.resolve("log");
        Path keystore = inputsAndKeystore(in, root, log);
        Path store = root.resolve("keys/project.p12.linkage.mv.db");
        Path full = Files.createDirectories(root.resolve("full"));
        Files.writeString(full.resolve("x.txt"), "x");
        Map<String, String> before = FolderListing.of(root);

        assertEquals(Veil.USAGE, ChildVeil.run(log, ENV, "deid", in.toString(), full.toString(), "--keystore",
                keystore.toString()), Files.readString(log));
        assertEquals(Veil.OK, ChildVeil.run(log, ENV, "deid", in.toString(), root.resolve("out").toString(),
                "--keystore", keystore.toString(), "--dry-run"), Files.readString(log));
        assertEquals(before, FolderListing.of(root), "a refused or dry run wrote something");
        assertFalse(Files.exists(store));

        Path out = root.resolve("out");
        assertEquals(Veil.OK, ChildVeil.run(log, ENV, "deid", in.toString(), out.toString(), "--keystore",
                keystore.toString()), Files.readString(log));
        assertTrue(Files.exists(store));
        Files.delete(store);
        Map<String, String> done = FolderListing.of(root);
        assertEquals(Veil.BROKER, ChildVeil.run(log, ENV, "deid", in.toString(), out.toString(), "--keystore",
                keystore.toString()));
        assertTrue(Files.readString(log).contains("the linkage store is missing"), Files.readString(log));
        assertEquals(done, FolderListing.of(root), "the refused resume wrote something");
    }

    /**
     * The keystore is unlocked while the text tables, the detectors, the dictionary and H2's code are loaded beside it
     * (issue 23): a wrong password still ends the run with the broker's exit code and message, and nothing written.
     */
    @Test
    void wrongPassword_whileStartUpWorkRunsBeside_brokerExitAndNothingWritten() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path in = root.resolve("in");
        Path log = tmp.resolve("log");
        Path keystore = inputsAndKeystore(in, root, log);
        wrongPasswordWritesNothing(root, in, keystore, log, "--option", "retain-long-modified-dates", "--option",
                "clean-descriptors");
    }

    /**
     * With many inputs and two workers a wrong password fails with the broker's exit code and message before any
     * output, quarantine, work folder or linkage store exists.
     */
    @Test
    void wrongPassword_manyInputs_nothingWrittenAnywhere() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path in = root.resolve("in");
        Path log = tmp.resolve("log");
        Path keystore = inputsAndKeystore(in, root, log);
        Workloads.small(in.resolve("more"), 120, 6, Workloads.SEED + 1);
        wrongPasswordWritesNothing(root, in, keystore, log, "--threads", "2", "--option", "clean-descriptors");
        assertFalse(Files.exists(root.resolve("keys/project.p12.linkage.mv.db")));
    }

    /** A finished run resumed with another keystore is refused, and nothing is written. */
    @Test
    void resumeWithAnotherKeystore_refused_nothingWritten() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path in = root.resolve("in");
        Path log = tmp.resolve("log");
        Path keystore = inputsAndKeystore(in, root, log);
        Path other = root.resolve("keys/other.p12");
        assertEquals(0, ChildVeil.run(log, ENV, "keys", "init", "--keystore", other.toString()),
                Files.readString(log));
        Path out = root.resolve("out");
        assertEquals(Veil.OK, ChildVeil.run(log, ENV, "deid", in.toString(), out.toString(), "--keystore",
                keystore.toString()), Files.readString(log));
        Map<String, String> done = FolderListing.of(root);

        assertEquals(Veil.USAGE, ChildVeil.run(log, ENV, "deid", in.toString(), out.toString(), "--keystore",
                other.toString()));
        assertTrue(Files.readString(log).contains("it was made with key "), Files.readString(log));
        assertEquals(done, FolderListing.of(root), "the refused resume wrote something");
    }

    @Test
    void logInputPaths_namesThePath_otherwiseOnlyTheId() throws Exception {
        Path in = tmp.resolve("in").resolve("DOE_Jane_MRN4471209");
        Files.createDirectories(in);
        Files.copy(Corpus.file("dcm4che/Tag-0040-A170-VR-CS.dcm").path(), in.resolve("DOE_Jane_1.dcm"));
        Path plain = tmp.resolve("plain.log");
        Path paths = tmp.resolve("paths.log");
        ChildVeil.run(plain, Map.of(), "deid", tmp.resolve("in").toString(), tmp.resolve("a").toString());
        ChildVeil.run(paths, Map.of(), "deid", tmp.resolve("in").toString(), tmp.resolve("b").toString(),
                "--log-input-paths");
        assertTrue(Files.readString(plain).contains("read as UN"), Files.readString(plain));
        assertFalse(Files.readString(plain).contains("DOE_Jane"), Files.readString(plain));
        assertTrue(Files.readString(paths).contains("(DOE_Jane_MRN4471209/DOE_Jane_1.dcm)"), Files.readString(paths));
    }

    /** A run with a wrong password exits with the broker's code and message, and nothing under root changed. */
    private static void wrongPasswordWritesNothing(Path root, Path in, Path keystore, Path log, String... options)
            throws Exception {
        Map<String, String> before = FolderListing.of(root);
        List<String> args = new ArrayList<>(List.of("deid", in.toString(), root.resolve("out").toString(),
                "--keystore", keystore.toString()));
        args.addAll(List.of(options));
        assertEquals(Veil.BROKER, ChildVeil.run(log, Map.of("VEIL_KEYSTORE_PASSWORD", "not the test password"),
                args.toArray(String[]::new)), Files.readString(log));
        assertTrue(Files.readString(log).contains("project.p12: wrong keystore password (from environment variable "
                + "VEIL_KEYSTORE_PASSWORD), or the file is damaged"), Files.readString(log));
        assertEquals(before, FolderListing.of(root), "a run with a wrong password wrote something");
    }

    /** Two small inputs in {@code in}, and a new keystore under {@code root}/keys. */
    private static Path inputsAndKeystore(Path in, Path root, Path log) throws Exception {
        Workloads.small(in, 2, 1, Workloads.SEED);
        Path keystore = Files.createDirectories(root.resolve("keys")).resolve("project.p12");
        assertEquals(0, ChildVeil.run(log, ENV, "keys", "init", "--keystore", keystore.toString()),
                Files.readString(log));
        return keystore;
    }
}
