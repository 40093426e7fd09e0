package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.folder.RunSummary;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;
import org.veil.verify.MappingFile;
import org.veil.verify.VerifyReport;

/** A run delivered into a folder: the mapping file it owns, the front end's listener, verification when asked. */
class FolderDeliveryTest {
    private static final ImageSpec MR = ImageSpec.SMALL_MR;

    @TempDir
    Path tmp;

    private Path inputs(int n) throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < n; i++) {
            SyntheticWriter.write(in.resolve("p" + i % 2 + "/im" + i + ".dcm"),
                    SyntheticImage.header(3, MR, i % 2, 0, 0, i), MR, 3 + i);
        }
        Files.writeString(in.resolve("notes.txt"), "not an image");
        return in;
    }

    @Test
    void mappingFile_everyWrittenInput_ownerOnly_andTheListenerToldOfEveryInput() throws Exception {
        Path in = inputs(4);
        Set<String> told = new ConcurrentSkipListSet<>();
        DeidRun run = DeidRun.builder(DeidRunOptions.builder().threads(2).build(),
                KeySource.supplied(ProjectKey.random(), "test")).build();
        FolderResult r = run.toFolder(FolderTarget.of(in, tmp.resolve("out"))
                .withListener((input, outcome) -> told.add(input.label() + " " + (outcome instanceof Outcome.Written))));
        assertEquals(tmp.resolve("out.veil/mapping.tsv").toAbsolutePath(), r.mappingFile());
        assertEquals(Set.of("notes.txt false", "p0/im0.dcm true", "p0/im2.dcm true", "p1/im1.dcm true",
                "p1/im3.dcm true"), told);
        List<MappingFile.Entry> entries = MappingFile.read(r.mappingFile());
        assertEquals(List.of("p0/im0.dcm", "p0/im2.dcm", "p1/im1.dcm", "p1/im3.dcm"),
                entries.stream().map(MappingFile.Entry::input).sorted().toList());
        for (MappingFile.Entry e : entries) {
            assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(e.output())), e.output());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(r.mappingFile())));
        assertTrue(Files.isRegularFile(tmp.resolve("out.veil/summary.json")));
        assertFalse(r.hasProblems());
        assertTrue(run.verify(r).isEmpty(), "verification only when asked");
    }

    @Test
    void resumedRun_appendsToTheSameMappingFile_onceItsHeader() throws Exception {
        Path in = inputs(2);
        ProjectKey key = ProjectKey.random();
        DeidRun run = DeidRun.builder(DeidRunOptions.DEFAULT, KeySource.supplied(key, "test")).build();
        run.toFolder(in, tmp.resolve("out"));
        SyntheticWriter.write(in.resolve("p1/late.dcm"), SyntheticImage.header(3, MR, 1, 0, 0, 9), MR, 99);
        RunSummary second = run.toFolder(in, tmp.resolve("out")).summary();
        assertEquals(3, second.counts().written());
        assertEquals(3, second.counts().resumed(), "two images and the text file done by the first session");
        List<String> lines = Files.readAllLines(tmp.resolve("out.veil/mapping.tsv"));
        assertEquals(1, lines.stream().filter(MappingFile.HEADER::equals).count(), lines.toString());
        assertEquals(3, MappingFile.read(tmp.resolve("out.veil/mapping.tsv")).size());
    }

    @Test
    void verifyAsked_searchesTheOutputsWithTheRunsOptionsAndMapping() throws Exception {
        Path in = inputs(3);
        DeidRun run = DeidRun.builder(DeidRunOptions.builder().verify(true).build(),
                KeySource.supplied(ProjectKey.random(), "test")).build();
        FolderResult r = run.toFolder(in, tmp.resolve("out"));
        VerifyReport report = run.verify(r).orElseThrow();
        assertTrue(report.clean(), report.toText());
        assertEquals(3, report.pairs(), "paired through the run's mapping file: " + report.toText());
        assertEquals(2, report.originalPatients(), report.toText());
    }
}
