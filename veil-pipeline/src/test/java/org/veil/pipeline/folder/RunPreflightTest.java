package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PipelineSettings;
import org.veil.synth.Workloads;

/** The checks made before a folder run writes anything, and the work folder's place. */
class RunPreflightTest {
    @TempDir
    Path tmp;

    private FolderRun run(ProjectKey key) {
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(DeidConfig.builder().key(key).build()))
                .build();
        return new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(1)
                .key(KeyOrigin.SUPPLIED, "test key").build());
    }

    @Test
    void workFolder_defaultsBesideOut_andMayNotOverlapAnyOtherFolder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        RunDirectories d = RunDirectories.of(in, tmp.resolve("out"), null);
        assertEquals(tmp.toRealPath().resolve("out.veil"), d.work());
        assertEquals(d.work().resolve("mapping.tsv"), d.mapping());
        for (Path work : List.of(tmp.resolve("out/w"), in.resolve("w"), tmp.resolve("out.quarantine/w"),
                tmp.resolve("out"))) {
            RunRefusedException e = assertThrows(RunRefusedException.class,
                    () -> RunDirectories.of(in, tmp.resolve("out"), null, work));
            assertTrue(e.getMessage().contains("work folder"), e.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void resumeWhileAnotherProcessHoldsTheLock_refusedBeforeAnythingIsOpened() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, 2, 1, Workloads.SEED);
        ProjectKey key = ProjectKey.random();
        Path out = tmp.resolve("out");
        assertEquals(2, run(key).run(in, out).counts().written());
        try (FileChannel ch = FileChannel.open(tmp.resolve("out.veil/lock"), StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            RunRefusedException e = assertThrows(RunRefusedException.class, () -> run(key).check(in, out));
            assertTrue(e.getMessage().contains("another veil run is writing to"), e.getMessage());
        }
        run(key).check(in, out);
    }

    @Test
    void dryRun_ofAnInterruptedRun_passesOverWhatIsDone_writesNothing() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, 3, 1, Workloads.SEED);
        ProjectKey key = ProjectKey.random();
        Path out = tmp.resolve("out");
        run(key).run(in, out);
        Path journal = tmp.resolve("out.veil/journal.tsv");
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, 2));
        String before = listing(tmp);

        DryRunReport r = run(key).dryRun(in, out);
        assertEquals(1, r.resumed());
        assertEquals(2, r.written());
        assertTrue(r.render().contains("1 already done by the interrupted run"), r.render());
        assertEquals(before, listing(tmp));
    }

    private static String listing(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                sb.append(root.relativize(p)).append(' ').append(Files.isDirectory(p) ? -1 : Files.size(p))
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
