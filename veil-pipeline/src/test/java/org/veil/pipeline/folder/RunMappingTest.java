package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
import org.veil.verify.MappingFile;
import org.veil.verify.VerifyConfig;
import org.veil.verify.VerifyReport;
import org.veil.verify.Verifier;

/**
 * {@code mapping.tsv} is written once per journaled batch, not once per input: while a batch's inputs are told to the
 * listeners the file does not grow, and after the batch is recorded it holds one line per input done so far. A run
 * killed after a batch is journaled and before its mapping lines are written resumes to exactly one line per output.
 */
class RunMappingTest {
    private static final int INPUTS = 40;
    /** The child run halts when this many inputs are told to the listeners: mid second batch, after its journal. */
    private static final int HALT_AT = 40;
    private static final int RESUMED_INPUTS = 80;

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

    @Test
    void killedBetweenJournalAndMapping_resume_oneLinePerOutputAndVerifyPairsAll() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, RESUMED_INPUTS, 5, Workloads.SEED);
        Path out = tmp.resolve("out");
        Path mapping = tmp.resolve("out.veil/mapping.tsv");
        String secret = HexFormat.of().formatHex(ProjectKey.random().secretBytes());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RunMappingTest.class.getName(),
                in.toString(), out.toString(), secret).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child run timed out");
        assertNotEquals(0, child.exitValue(), "the child halted: " + Files.readString(tmp.resolve("child.log")));
        long journaled = Files.readAllLines(tmp.resolve("out.veil/journal.tsv")).size() - 1L;
        assertTrue(journaled >= HALT_AT && lines(mapping) < journaled, "killed between the journal and the mapping: "
                + journaled + " journaled, " + lines(mapping) + " mapped");

        RunSummary s = run(HexFormat.of().parseHex(secret), RunListener.NONE).run(in, out);
        assertEquals(RESUMED_INPUTS, s.counts().written(), "every input written once");
        List<MappingFile.Entry> entries = MappingFile.read(mapping);
        List<String> outputs;
        try (Stream<Path> files = Files.walk(out)) {
            outputs = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted().toList();
        }
        assertEquals(RESUMED_INPUTS, outputs.size());
        assertEquals(RESUMED_INPUTS, entries.size(), "mapping lines");
        assertEquals(outputs, entries.stream().map(MappingFile.Entry::output).sorted().toList(),
                "one mapping line per output, none lost or repeated");
        assertEquals(RESUMED_INPUTS, entries.stream().map(MappingFile.Entry::id).distinct().count());
        VerifyReport report = Verifier.verify(in, out, VerifyConfig.builder().mappingFile(mapping).build());
        assertEquals(RESUMED_INPUTS, report.pairs(), report.toText());
    }

    @Test
    void mappingEndsInATornLine_gapsCutItAndNameItsInput() throws Exception {
        Id128 a = Id128.digest("a");
        Id128 b = Id128.digest("b");
        Path journal = tmp.resolve("journal.tsv");
        Files.writeString(journal, "header\n" + written(a, "A.dcm").line() + written(b, "B.dcm").line());
        Path mapping = tmp.resolve("mapping.tsv");
        String complete = MappingFile.HEADER + "\nin/a\tA.dcm\t" + a.hex() + "\n";
        Files.writeString(mapping, complete + "in/b\tB.d");
        assertEquals(Map.of(b, "B.dcm"), MappingGaps.find(mapping, journal));
        assertEquals(complete, Files.readString(mapping), "the torn line is cut off");
    }

    private static JournalEntry written(Id128 id, String name) {
        return new JournalEntry(JournalEntry.Status.WRITTEN, id, 1, 1, 0, -1, Map.of(), name);
    }

    /** The child of the kill test: runs into OUT with the key, halting once {@link #HALT_AT} inputs are told. */
    public static void main(String[] args) throws Exception {
        AtomicInteger told = new AtomicInteger();
        RunListener halt = (input, outcome) -> {
            if (told.incrementAndGet() == HALT_AT) {
                Runtime.getRuntime().halt(3);
            }
        };
        run(HexFormat.of().parseHex(args[2]), halt).run(Path.of(args[0]), Path.of(args[1]));
    }

    /** A one-worker run under the key, telling {@code listener}. */
    private static FolderRun run(byte[] secret, RunListener listener) {
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(DeidConfig.builder()
                .key(ProjectKey.of(secret)).build())).build();
        return new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(1)
                .key(KeyOrigin.SUPPLIED, "test key").listener(listener).build());
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
