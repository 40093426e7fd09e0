package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PipelineSettings;
import org.veil.synth.Workloads;

/**
 * A folder run journals completed inputs in batches (one linkage commit, one journal write and one change report
 * write per batch): the journal must never list an input whose batch was not committed, and a run stopped between
 * batches must resume to exactly one entry and one report line per input, each entry pointing at its own line.
 */
class JournalBatchTest {
    private static final int INPUTS = 100;

    @TempDir
    Path tmp;

    /** A run with the Basic Profile under {@code key}, {@code threads} workers and {@code commit} for the records. */
    static FolderRun run(ProjectKey key, int threads, RecordCommit commit) {
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(DeidConfig.builder().key(key).build()))
                .build();
        return new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(threads)
                .key(KeyOrigin.SUPPLIED, "test key").records(commit).build());
    }

    @Test
    void commitFailsOnThirdBatch_journalHoldsOnlyCommittedBatches_resumeRecordsEachInputOnce() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, INPUTS, 5, Workloads.SEED);
        ProjectKey key = ProjectKey.random();
        Path out = tmp.resolve("out");
        Path journal = tmp.resolve("out.veil/journal.tsv");
        AtomicInteger commits = new AtomicInteger();
        List<Integer> journaledAtCommit = new ArrayList<>();
        RecordCommit failing = () -> {
            journaledAtCommit.add(entries(journal).size());
            if (commits.incrementAndGet() == 3) {
                throw new IOException("store gone");
            }
        };
        assertThrows(RecordsNotDurableException.class, () -> run(key, 2, failing).run(in, out));
        assertEquals(3, commits.get());
        List<JournalEntry> afterFailure = entries(journal);
        assertEquals(journaledAtCommit.get(2), afterFailure.size(), "nothing journaled after the failed commit");
        assertTrue(afterFailure.size() > 1 && afterFailure.size() < INPUTS, "batches of several inputs: "
                + journaledAtCommit);
        assertOffsetsMatchReport(afterFailure, tmp.resolve("out.veil/changes.jsonl"));

        AtomicInteger resumedCommits = new AtomicInteger();
        RunSummary s = run(key, 2, resumedCommits::incrementAndGet).run(in, out);
        assertEquals(afterFailure.size(), s.counts().resumed());
        assertEquals(INPUTS, s.counts().written());
        List<JournalEntry> all = entries(journal);
        assertEquals(INPUTS, all.size());
        Set<Id128> ids = new HashSet<>();
        all.forEach(e -> ids.add(e.input()));
        assertEquals(INPUTS, ids.size(), "each input journaled once");
        assertOffsetsMatchReport(all, tmp.resolve("out.veil/changes.jsonl"));
        assertTrue(resumedCommits.get() <= (INPUTS - afterFailure.size()) / 2,
                "commits are shared by batches: " + resumedCommits.get());
        assertEquals(INPUTS, Files.readAllLines(tmp.resolve("out.veil/mapping.tsv")).stream()
                .filter(l -> !l.startsWith("#")).count(), "one mapping line per input");
    }

    /** Every entry's report offset is the end of a distinct report line, and every line has its entry. */
    private static void assertOffsetsMatchReport(List<JournalEntry> entries, Path report) throws IOException {
        byte[] b = Files.readAllBytes(report);
        Set<Long> lineEnds = new TreeSet<>();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lineEnds.add((long) i + 1);
            }
        }
        Set<Long> offsets = new TreeSet<>();
        entries.forEach(e -> offsets.add(e.changesEnd()));
        assertEquals(lineEnds, offsets);
        assertEquals(entries.size(), offsets.size());
    }

    private static List<JournalEntry> entries(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        return Files.readAllLines(journal).stream().skip(1).map(JournalEntry::parse).toList();
    }
}
