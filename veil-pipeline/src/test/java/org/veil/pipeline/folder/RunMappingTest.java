package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.PipelineSettings;
import org.veil.synth.Workloads;

/**
 * {@code mapping.tsv} is written once per journaled batch, not once per input: while a batch's inputs are told to the
 * listeners the file does not grow, and after the batch is recorded it holds one line per input done so far.
 */
class RunMappingTest {
    private static final int INPUTS = 40;

    @TempDir
    Path tmp;

    @Test
    void run_mappingLinesWrittenPerBatch_noneBetweenBatches() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, INPUTS, 5, Workloads.SEED);
        Path mapping = tmp.resolve("out.veil/mapping.tsv");
        List<Long> atCompleted = new ArrayList<>();
        List<Long> atRecorded = new ArrayList<>();
        RunListener probe = new RunListener() {
            @Override
            public void completed(Input input, Outcome outcome) {
                atCompleted.add(lines(mapping));
            }

            @Override
            public void recorded() {
                atRecorded.add(lines(mapping));
                atCompleted.add(-1L);
            }
        };
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(DeidConfig.builder()
                .key(ProjectKey.random()).build())).build();
        RunSummary s = new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(1)
                .key(KeyOrigin.SUPPLIED, "test key").listener(probe).build()).run(in, tmp.resolve("out"));
        assertEquals(INPUTS, s.counts().written());
        long written = 0;
        for (long lines : atCompleted) {
            if (lines < 0) {
                written = atRecorded.remove(0);
            } else {
                assertEquals(written, lines, "no mapping line is written before its batch is recorded: " + atCompleted);
            }
        }
        assertEquals(INPUTS, written, "every line written by the last batch");
        assertTrue(atCompleted.stream().filter(l -> l < 0).count() < INPUTS, "batches of several inputs");
    }

    /** Lines of the mapping file other than its header. */
    private static long lines(Path mapping) {
        try {
            return Files.readAllLines(mapping).stream().filter(l -> !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
