package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.io.DicomFile;
import org.veil.testkit.DefaceData;

/**
 * {@code veil deid IN OUT --option clean-recognizable-visual-features} in a fresh JVM on the shared Colin27 head
 * series (MR, CT-like, enhanced MR): README's face detector finds a face before and none after, at least 99.5% of
 * the brain mask keeps its exact values, same slice count and geometry, new UIDs, (0028,0302) NO, 113102 recorded,
 * DERIVED\SECONDARY (DERIVED\PRIMARY for the enhanced IOD),
 * no new kind of dciodvfy error, and the QC report with renders.
 */
class DeidDefaceTest {
    static final String OPTION = "clean-recognizable-visual-features";
    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 37 + 11);
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"colin27-mr", "colin27-ctlike", "colin27-mr-enhanced"})
    void deid_sharedHeadSeries_faceGoneBrainKept(String series) throws Exception {
        Path in = DefaceData.root().resolve(series);
        Path out = run(in);
        List<DicomFile> inputs = DefaceChecks.read(in);
        List<DicomFile> outputs = DefaceChecks.read(out);
        DefaceChecks.headersAndGeometry(inputs, outputs);
        DefaceData.Mask mask = DefaceData.brainMask();
        double kept = DefaceChecks.brainKept(inputs, outputs, mask::at);
        System.out.println("brain voxels unchanged: " + kept);
        assertTrue(kept >= 0.995, "brain voxels unchanged: " + kept);
        Set<String> before = DefaceChecks.errorKinds(inputs.get(0).source() == null ? null
                : Path.of(inputs.get(0).source()));
        Set<String> after = DefaceChecks.errorKinds(Path.of(outputs.get(0).source()));
        assertTrue(before.containsAll(after), "new dciodvfy errors: " + after + " (input: " + before + ")\n"
                + DefaceChecks.dciodvfy(Path.of(outputs.get(0).source())));
        String report = Files.readString(Path.of(out + ".veil/deface/deface.jsonl"));
        assertTrue(report.contains("\"action\":\"defaced\""), report);
        int[] faces = DefaceChecks.faces(in, out, dir.resolve("check"));
        assertTrue(faces[0] > 0, "no face found in the input renders: the check cannot fail");
        assertEquals(0, faces[1], "views that still show a face after defacing");
    }

    static Path runIn(Path dir, Path in) throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("log.txt");
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, KEY).toString());
        int code = ChildVeil.run(log, env, "deid", in.toString(), out.toString(), "--option", OPTION, "--threads",
                "2");
        assertEquals(0, code, Files.readString(log));
        return out;
    }

    private Path run(Path in) throws Exception {
        return runIn(dir, in);
    }
}
