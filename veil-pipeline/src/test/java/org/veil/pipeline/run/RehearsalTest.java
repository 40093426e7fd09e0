package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.folder.RecordCommit;
import org.veil.synth.Workloads;

/** The in-memory rehearsal of a run's first inputs while the project key is unlocked (issue 23, stop 17). */
class RehearsalTest {
    private static final DeidRunOptions DESCRIPTORS = DeidRunOptions.builder()
            .options(List.of("clean-descriptors", "retain-long-modified-dates")).build();

    @TempDir
    Path tmp;

    @Test
    void of_suppliedKeyOrRecordingKey_refused() {
        DeidRun supplied = DeidRun.builder(DESCRIPTORS, KeySource.supplied(ProjectKey.random(), "test key")).build();
        assertThrows(IllegalArgumentException.class, () -> Rehearsal.of(supplied));
        AtomicInteger recorded = new AtomicInteger();
        MappingListener listener = new MappingListener() {
            @Override
            public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
                recorded.incrementAndGet();
            }

            @Override
            public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                              String pseudoAccession) {
                recorded.incrementAndGet();
            }
        };
        DeidRun recording = DeidRun.builder(DESCRIPTORS, KeySource.random().recordingTo(listener, RecordCommit.NONE))
                .build();
        assertThrows(IllegalArgumentException.class, () -> Rehearsal.of(recording));
        assertEquals(0, recorded.get());
    }

    @Test
    void run_processesTheInputsInMemory_writesNothingAnywhere() throws IOException {
        Path in = tmp.resolve("in");
        Workloads.small(in, Rehearsal.MAX_INPUTS - 1, 2, Workloads.SEED);
        List<String> before = listing(tmp);

        int done = Rehearsal.of(throwAway()).run(in, () -> false);

        assertEquals(Rehearsal.MAX_INPUTS - 1, done);
        assertEquals(before, listing(tmp), "a rehearsal wrote something");
    }

    @Test
    void run_stopsWhenTold_andAtItsLimits() throws IOException {
        Path in = tmp.resolve("in");
        Workloads.small(in, Rehearsal.MAX_INPUTS + 3, 2, Workloads.SEED);
        Rehearsal rehearsal = Rehearsal.of(throwAway());

        assertEquals(0, rehearsal.run(in, () -> true));
        AtomicInteger asked = new AtomicInteger();
        int entries = 8;
        long files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.limit(entries).filter(Files::isRegularFile).count();
        }
        assertEquals(Math.min(files, Rehearsal.MAX_INPUTS), rehearsal.run(in, () -> asked.incrementAndGet() > entries));
        assertEquals(Rehearsal.MAX_INPUTS, rehearsal.run(in, () -> false));
    }

    @Test
    void run_aTreeOfFoldersOnly_looksAtABoundedNumberOfEntries() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < Rehearsal.MAX_ENTRIES + 10; i++) {
            Files.createDirectories(in.resolve("d" + i));
        }
        AtomicInteger asked = new AtomicInteger();

        assertEquals(0, Rehearsal.of(throwAway()).run(in, () -> asked.incrementAndGet() < 0));
        assertEquals(Rehearsal.MAX_ENTRIES, asked.get());
    }

    @Test
    void run_passesOverLargeFiles_andAMissingInput() throws IOException {
        Path in = tmp.resolve("in");
        Workloads.small(in, 2, 1, Workloads.SEED);
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("big.dcm").toFile(), "rw")) {
            big.setLength(Rehearsal.MAX_FILE_BYTES + 1);
        }
        Rehearsal rehearsal = Rehearsal.of(throwAway());

        assertEquals(2, rehearsal.run(in, () -> false));
        assertEquals(0, rehearsal.run(tmp.resolve("missing"), () -> false));
    }

    private static DeidRun throwAway() {
        return DeidRun.builder(DESCRIPTORS, KeySource.random()).notices(n -> { }).build();
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified())
                    .sorted().toList();
        }
    }
}
