package org.veil.deid.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.recipe.Recipe;
import org.veil.deid.recipe.RecipeParser;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * A CTP DicomAnonymizer script written for this test (every construct the importer knows, and one it refuses) is
 * reported line by line, gives a valid recipe, and that recipe does on corpus images what CTP documents for each
 * translated line: @incrementdate(this,N) moves dates by exactly N days, @lookup replaces from the table and
 * quarantines on a miss, @param and literals replace, @remove, @empty, @keep do what they say.
 */
class CtpScriptImportTest {
    private static final ProjectKey KEY = ProjectKey.of("ctp-import-test-key-32-bytes-xyz".getBytes(
            StandardCharsets.US_ASCII));
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    Path dir;

    static String resource(String name) throws Exception {
        try (InputStream in = CtpScriptImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Translation translate(Properties table) throws Exception {
        return CtpScriptImport.translate(resource("trial-anonymizer.script"), "trial", table,
                new ImportReport("trial-anonymizer.script"));
    }

    private Recipe write(Translation t) throws Exception {
        Path recipe = dir.resolve("trial.yaml");
        Files.writeString(recipe, t.main());
        for (Map.Entry<String, String> side : t.sideFiles().entrySet()) {
            Files.writeString(dir.resolve(side.getKey()), side.getValue());
        }
        return RecipeParser.parse(recipe);
    }

    @Test
    void translate_everyLine_reportedWithItsStatus() throws Exception {
        ImportReport report = translate(null).report();
        Map<Integer, ImportReport.Status> byLine = new TreeMap<>();
        for (ImportReport.Entry e : report.entries()) {
            byLine.put(e.line(), e.status());
        }
        Map<ImportReport.Status, List<Integer>> lines = byLine.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertEquals(List.of(2, 3, 4, 5, 7, 8, 10, 11, 12, 14, 15, 16, 19, 22, 26, 28, 29, 30),
                lines.get(ImportReport.Status.EXACT), report.toText());
        assertEquals(List.of(1, 6, 9, 13, 17, 18, 20, 23, 24, 25, 27, 31), lines.get(ImportReport.Status.DIFFERENT),
                report.toText());
        assertEquals(List.of(21), lines.get(ImportReport.Status.UNTRANSLATABLE), report.toText());
        assertTrue(report.hasUntranslatable());
        assertTrue(report.toText().contains("trial-anonymizer.script:21: NOT TRANSLATED: <e en=\"T\" t=\"00081040\""
                + " n=\"InstitutionalDepartmentName\">@if(this,exists)"), report.toText());
    }

    @Test
    void translate_recipeIsValid_withLookupTablesBesideIt() throws Exception {
        Properties table = new Properties();
        table.setProperty("ptid/MRN 1", "SUBJ-01");
        table.setProperty("ptid/MRN,2", "SUBJ-02");
        table.setProperty("other/X", "Y");
        Translation t = translate(table);
        assertEquals("original,replacement\nMRN 1,SUBJ-01\n\"MRN,2\",SUBJ-02\n",
                t.sideFiles().get("trial.lookup-ptid.csv"));
        assertEquals("original,replacement\n", t.sideFiles().get("trial.lookup-study.csv"));
        Recipe recipe = write(t);
        assertTrue(recipe.options().keySet().stream().anyMatch(o -> o.cliName().equals("retain-safe-private")));
        assertTrue(t.main().contains("  - tag: DeviceSerialNumber   # line 25\n    action: keep\n"), t.main());
        assertTrue(t.main().contains("  - tag: BodyPartExamined   # line 20\n    action: keep\n"),
                "a script wins over the group keep");
        assertTrue(t.main().contains("    value: \"Operator & Co\""), t.main());
    }

    @Test
    void recipe_onCorpusImages_doesWhatCtpDocuments() throws Exception {
        List<CorpusFile> files = Corpus.files(f -> !f.malformed() && f.size() < 2_000_000
                && f.sopClass().matches("(CT|MR) Image Storage / .*")).stream().limit(6).toList();
        assertFalse(files.isEmpty(), "corpus CT/MR images");
        int checkedDates = 0;
        for (CorpusFile file : files) {
            Dataset before = DicomReader.read(file.path()).dataset();
            DatasetView b = DatasetView.of(before);
            String id = b.string(0x00100020);
            if (id == null) {
                continue;
            }
            Properties table = new Properties();
            table.setProperty("ptid/" + id, "SUBJ-" + file.name().hashCode());
            Deidentifier engine = new Deidentifier(write(translate(table)).applyTo(DeidConfig.builder().key(KEY))
                    .build());
            Dataset after = DicomReader.read(file.path()).dataset();
            engine.deidentify(after);
            DatasetView a = DatasetView.of(after);
            assertEquals("SUBJ-" + file.name().hashCode(), a.string(0x00100020), file + ": lookup");
            for (int tag : new int[] {0x00080020, 0x00080021}) {
                if (b.string(tag) != null) {
                    assertEquals(-30, ChronoUnit.DAYS.between(LocalDate.parse(b.string(tag), DA),
                            LocalDate.parse(a.string(tag), DA)), file + " " + Integer.toHexString(tag));
                    checkedDates++;
                }
            }
            assertNull(after.get(0x00100030), file + ": birth date removed");
            if (before.contains(0x00080080)) {
                assertEquals("SITE 07", a.string(0x00080080), file + ": @param");
            }
            if (before.contains(0x00080090)) {
                assertEquals(0, after.get(0x00080090).length(), file + ": @empty");
            }
            assertEquals(b.string(0x00081030), a.string(0x00081030), file + ": @keep");
            assertEquals(b.string(0x00101010), a.string(0x00101010), file + ": @keep");
            assertTrue(a.string(0x00080018).startsWith("2.25."), file + ": @hashuid");
            if (b.string(0x00200010) != null) {
                assertEquals("UNKNOWN", a.string(0x00200010), file + ": @lookup default");
            }
            Dataset miss = DicomReader.read(file.path()).dataset();
            Deidentifier empty = new Deidentifier(write(translate(new Properties())).applyTo(DeidConfig.builder()
                    .key(KEY)).build());
            DeidException e = assertThrows(DeidException.class, () -> empty.deidentify(miss), file.toString());
            assertTrue(e.getMessage().contains("trial.lookup-ptid.csv"), e.getMessage());
            assertFalse(e.getMessage().contains(id), "the reason never holds the value");
        }
        assertNotNull(files);
        assertTrue(checkedDates > 0, "some corpus image has a study or series date");
    }
}
