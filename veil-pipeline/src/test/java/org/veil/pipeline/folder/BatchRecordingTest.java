package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.synth.Workloads;

/**
 * While one worker records a batch (here: its linkage commit is slow), the other worker keeps writing outputs instead
 * of waiting for the batch queue; every input is still journaled once.
 */
class BatchRecordingTest {
    private static final int INPUTS = 100;

    @TempDir
    Path tmp;

    @Test
    void commitSlow_otherWorkerKeepsWriting_everyInputJournaledOnce() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, INPUTS, 5, Workloads.SEED);
        Path out = tmp.resolve("out");
        AtomicInteger commits = new AtomicInteger();
        AtomicLong atCommit = new AtomicLong();
        AtomicLong whileCommitting = new AtomicLong();
        RecordCommit slowFirst = () -> {
            if (commits.incrementAndGet() != 1) {
                return;
            }
            long before = outputs(out);
            atCommit.set(before);
            long now = before;
            for (int i = 0; i < 3000 && now < before + 2; i++) { // up to 30 s; a free worker needs milliseconds
                sleep();
                now = outputs(out);
            }
            whileCommitting.set(now);
        };
        RunSummary s = JournalBatchTest.run(ProjectKey.random(), 2, slowFirst).run(in, out);
        assertEquals(INPUTS, s.counts().written());
        assertTrue(whileCommitting.get() >= atCommit.get() + 2, "outputs written while the first batch was "
                + "committed: " + atCommit.get() + " -> " + whileCommitting.get());
        assertEquals(INPUTS, Files.readAllLines(tmp.resolve("out.veil/journal.tsv")).stream().skip(1).count());
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Outputs in place (temporary files, named with a leading dot, left out). */
    private static long outputs(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                n += Files.isDirectory(p) ? outputs(p) : 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
