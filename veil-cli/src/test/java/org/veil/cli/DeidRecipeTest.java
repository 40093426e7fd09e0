package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * {@code veil deid --recipe}: a recipe's options and rule overrides reach the outputs (and the De-identification
 * Method Code Sequence), a broken recipe is a usage error naming file, line and column, and a recipe filter sends
 * the instances it rejects to the quarantine with the filter named.
 */
class DeidRecipeTest {
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);
    private static final ImageSpec MR = new ImageSpec("MR", "1.2.840.10008.5.1.4.1.1.4", 16, 16, 1);
    private static final int STUDY_DESCRIPTION = 0x00081030;
    private static final int INSTITUTION_NAME = 0x00080080;
    private static final int SERIES_DESCRIPTION = 0x0008103E;
    private static final int STUDY_DATE = 0x00080020;
    private static final int METHOD_CODES = 0x00120064;
    private static final int CODE_VALUE = 0x00080100;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int veil(String... args) {
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path inputs(long seed, int count, ImageSpec... specs) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < count; i++) {
            ImageSpec spec = specs[i % specs.length];
            SyntheticWriter.write(in.resolve(spec.modality() + i + ".dcm"),
                    SyntheticImage.header(seed, spec, i % 2, 0, i % specs.length, i), spec, seed + i);
        }
        return in;
    }

    @Test
    void deid_recipeWithOptionsAndRules_outputsShowRulesAndMethodCodesListOptions() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 4, CT);
        Path recipe = dir.resolve("study.yaml");
        Files.writeString(recipe, """
                veil-recipe: 1
                description: keeps the study description, names the site
                options: [retain-long-modified-dates, clean-descriptors]
                rules:
                  - {tag: StudyDescription, action: keep}
                  - tag: InstitutionName
                    action: replace
                    value: "SITE 07"
                """);
        Path outDir = dir.resolve("out");
        assertEquals(Veil.OK, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString(),
                "--threads", "1"), err.toString());

        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        assertEquals(4, outputs.size(), "seed " + seed);
        TreeSet<String> originalDescriptions = new TreeSet<>();
        try (Stream<Path> s = Files.list(in)) {
            for (Path p : s.toList()) {
                originalDescriptions.add(DatasetView.of(DicomReader.read(p).dataset()).string(STUDY_DESCRIPTION));
            }
        }
        for (Path p : outputs) {
            Dataset ds = DicomReader.read(p).dataset();
            DatasetView v = DatasetView.of(ds);
            String msg = outDir.relativize(p) + ", seed " + seed;
            assertTrue(originalDescriptions.contains(v.string(STUDY_DESCRIPTION)), "StudyDescription kept, " + msg);
            assertEquals("SITE 07", v.string(INSTITUTION_NAME), "InstitutionName replaced, " + msg);
            assertNotNull(v.string(STUDY_DATE), "modified dates keep a (shifted) Study Date, " + msg);
            String series = v.string(SERIES_DESCRIPTION);
            assertTrue(series != null && series.startsWith("AXIAL"), "clean-descriptors cleans, not removes, the "
                    + "series description (" + series + "), " + msg);
            assertEquals(List.of("113100", "113105", "113107"), methodCodes(ds), msg);
        }
    }

    @Test
    void deid_recipeOptionsPlusCommandLineOption_methodCodesListBoth() throws Exception {
        Path in = inputs(new SplittableRandom().nextLong(), 1, CT);
        Path recipe = dir.resolve("r.yaml");
        Files.writeString(recipe, "veil-recipe: 1\noptions: [retain-uids]\n");
        Path outDir = dir.resolve("out");
        assertEquals(Veil.OK, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString(),
                "--option", "retain-device-identity"), err.toString());
        Dataset ds = DicomReader.read(DeidReferencesTest.outputs(outDir).get(0)).dataset();
        assertEquals(List.of("113100", "113109", "113110"), methodCodes(ds));
    }

    @Test
    void deid_recipeWithTypoKeyAndBadTag_exit2NamingFileLineAndColumn() throws Exception {
        Path in = inputs(1, 1, CT);
        Path recipe = dir.resolve("broken.yaml");
        Files.writeString(recipe, """
                veil-recipe: 1
                optoins: [clean-descriptors]
                rules:
                  - {tag: StudyDescripton, action: keep}
                  - {tag: "(0008,10ZZ)", action: remove}
                """);
        Path outDir = dir.resolve("out");
        assertEquals(Veil.USAGE, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString()));
        String e = err.toString();
        List<String> located = new ArrayList<>();
        for (String line : e.split("\n")) {
            if (line.matches(".*broken\\.yaml \\d+:\\d+: .*")) {
                located.add(line.replaceAll(".*broken\\.yaml (\\d+):\\d+: .*", "$1"));
            }
        }
        assertEquals(List.of("2", "4", "5"), located, "every problem at once, each with its line: " + e);
        assertTrue(e.contains("optoins"), e);
        assertTrue(e.contains("StudyDescripton"), e);
        assertFalse(Files.exists(Path.of(outDir + ".veil")), "nothing run with a broken recipe");
    }

    @Test
    void deid_recipeFilterRejectingModality_quarantinesThoseFilesNamingTheFilter() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 6, CT, MR);
        Path recipe = dir.resolve("no-mr.yaml");
        Files.writeString(recipe, """
                veil-recipe: 1
                filters:
                  - when: {modality: MR}
                    then: reject
                    reason: MR is out of scope for this export
                """);
        Path outDir = dir.resolve("out");
        assertEquals(Veil.PROBLEMS, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString(),
                "--threads", "1"), err.toString());

        String msg = "seed " + seed;
        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        assertEquals(3, outputs.size(), msg);
        for (Path p : outputs) {
            assertEquals("CT", DatasetView.of(DicomReader.read(p).dataset()).string(0x00080060), msg);
        }
        Path q = dir.resolve("out.quarantine");
        for (int i = 1; i < 6; i += 2) {
            assertTrue(Files.exists(QuarantineEntries.copy(q, "MR" + i + ".dcm")), "quarantine holds the rejected MR, "
                    + msg);
            String reason = QuarantineEntries.reasonText(q, "MR" + i + ".dcm");
            assertTrue(reason.contains("MR is out of scope for this export"), reason);
            assertTrue(reason.matches("(?s).*filter [^\n]*no-mr\\.yaml 3:5.*"), "names the filter: " + reason);
        }
        try (Stream<Path> s = Files.list(q)) {
            assertEquals(6, s.count(), "three copies and three reasons, nothing else, " + msg);
        }
    }

    /** The Code Values of the De-identification Method Code Sequence, sorted. */
    private static List<String> methodCodes(Dataset ds) {
        DataElement seq = ds.get(METHOD_CODES);
        assertNotNull(seq, "De-identification Method Code Sequence present");
        List<String> codes = new ArrayList<>();
        for (Dataset item : seq.sequence()) {
            codes.add(DatasetView.of(item).string(CODE_VALUE));
        }
        codes.sort(null);
        return codes;
    }
}
