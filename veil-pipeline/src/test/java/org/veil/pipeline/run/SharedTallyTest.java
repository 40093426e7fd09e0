package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.Input;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.folder.InputIds;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.folder.SharedTally;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * The summary of inputs processed one at a time elsewhere (a Spark task), added up from their journal lines, is the
 * summary a folder run writes for the same inputs.
 */
class SharedTallyTest {
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final long SEED = 31;

    @TempDir
    Path tmp;

    @Test
    void linesOfEveryInput_sameSummaryAsTheFolderRun() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 4; i++) {
            Dataset header = SyntheticImage.header(SEED, CT, i % 2, 0, 0, i);
            if (i == 3) {
                DatasetView.of(header).putString(0x00100020, VR.LO, "SOMEONE-ELSE");
            }
            SyntheticWriter.write(in.resolve("im" + i + ".dcm"), header, CT, SEED + i);
        }
        Files.writeString(in.resolve("readme.txt"), "not DICOM");
        Files.write(in.resolve("cut.dcm"), java.util.Arrays.copyOf(Files.readAllBytes(in.resolve("im0.dcm")), 300));
        ProjectKey key = ProjectKey.random();
        KeySource source = KeySource.supplied(key, "keystore test.p12");
        DeidRunOptions options = DeidRunOptions.builder().threads(1).build();
        DeidRun run = DeidRun.builder(options, source).build();
        run.toFolder(in, tmp.resolve("folder"));

        PatientCensus census = new PatientCensus();
        InstanceRun one = run.perInstance().output(new MemorySinks()).quarantine(new MemorySinks()).census(census)
                .build();
        InputIds ids = new InputIds(key);
        SharedTally tally = new SharedTally();
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            String rel = f.getFileName().toString();
            String id = ids.textOf(rel);
            tally.completed(SharedTally.line(id, Files.size(f), one.process(new Input.OfFile(f, id, rel,
                    Files.size(f)))));
        }
        Path out = tmp.resolve("shared");
        RunSummary s = tally.summary(Instant.now(), Duration.ofSeconds(1), run.deidentifier().config(),
                run.settings().naming().pattern(), new SharedTally.Folders(out, tmp.resolve("shared.quarantine"),
                        tmp.resolve("shared.veil")), KeyOrigin.SUPPLIED, "keystore test.p12", 1,
                new RunSummary.PatientChecks(census.idsWithSeveralIssuers(),
                        census.idsWithConflictingDemographics()));

        ObjectMapper json = new ObjectMapper();
        ObjectNode expected = (ObjectNode) json.readTree(tmp.resolve("folder.veil/summary.json").toFile());
        ObjectNode actual = (ObjectNode) json.readTree(SharedTally.json(s));
        for (String differs : List.of("started", "seconds", "output", "quarantine", "work")) {
            expected.remove(differs);
            actual.remove(differs);
        }
        assertEquals(expected, actual);
        assertEquals(6, actual.get("inputs").asLong());
        assertEquals(1, actual.get("quarantined").get("total").asLong(), "the cut file");
    }

    @Test
    void aLineItDidNotMake_refused() {
        assertThrows(IllegalArgumentException.class, () -> new SharedTally().completed("W\tnot a line"));
    }
}
