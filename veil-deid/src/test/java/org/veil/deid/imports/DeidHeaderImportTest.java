package org.veil.deid.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.recipe.Recipe;
import org.veil.deid.recipe.RecipeParser;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * A pydicom/deid recipe written for this test: every {@code %header} construct is reported, the recipe is valid, and
 * on corpus images it does what deid documents: JITTER moves dates by the given days, KEEP beats BLANK, BLANK
 * empties, REMOVE removes, REPLACE writes the literal. Its {@code %filter} lines are left to the pixel translator.
 */
class DeidHeaderImportTest {
    private static final ProjectKey KEY = ProjectKey.of("deid-import-test-key-32-bytes-ab".getBytes(
            StandardCharsets.US_ASCII));
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    Path dir;

    private static Translation translate() throws Exception {
        return DeidHeaderImport.translate(CtpScriptImportTest.resource("trial.deid"), null,
                new ImportReport("trial.deid"));
    }

    @Test
    void translate_everyHeaderLine_reportedWithItsStatus() throws Exception {
        ImportReport report = translate().report();
        Map<ImportReport.Status, List<Integer>> lines = report.entries().stream().collect(Collectors.groupingBy(
                ImportReport.Entry::status, TreeMap::new, Collectors.mapping(ImportReport.Entry::line,
                        Collectors.toList())));
        assertEquals(List.of(3, 5, 6, 7, 8, 9, 11, 12, 17, 21, 22, 23), lines.get(ImportReport.Status.EXACT),
                report.toText());
        assertEquals(List.of(1, 13, 14, 15, 16), lines.get(ImportReport.Status.DIFFERENT), report.toText());
        assertEquals(List.of(10, 18, 19), lines.get(ImportReport.Status.UNTRANSLATABLE), report.toText());
        assertTrue(report.toText().contains("trial.deid:10: NOT TRANSLATED: REPLACE PatientID var:subject_id -- var:"),
                report.toText());
    }

    @Test
    void recipe_onCorpusImages_doesWhatDeidDocuments() throws Exception {
        Translation t = translate();
        Path file = dir.resolve("trial.yaml");
        Files.writeString(file, t.main());
        Recipe recipe = RecipeParser.parse(file);
        assertTrue(recipe.description().contains("MAINTAINER: imaging core"), recipe.description());
        Deidentifier engine = new Deidentifier(recipe.applyTo(DeidConfig.builder().key(KEY)).build());
        List<CorpusFile> files = Corpus.files(f -> !f.malformed() && f.size() < 2_000_000
                && f.sopClass().matches("(CT|MR) Image Storage / .*")).stream().limit(6).toList();
        int dates = 0;
        for (CorpusFile f : files) {
            Dataset before = DicomReader.read(f.path()).dataset();
            DatasetView.of(before).putString(0x00081070, VR.PN, "OPERATOR^ONE");
            DatasetView.of(before).putString(0x00080090, VR.PN, "REFERRER^DOC");
            Dataset after = DicomReader.read(f.path()).dataset();
            DatasetView.of(after).putString(0x00081070, VR.PN, "OPERATOR^ONE");
            DatasetView.of(after).putString(0x00080090, VR.PN, "REFERRER^DOC");
            engine.deidentify(after);
            DatasetView b = DatasetView.of(before);
            DatasetView a = DatasetView.of(after);
            if (b.string(0x00080020) != null) {
                assertEquals(30, days(b.string(0x00080020), a.string(0x00080020)), f + " StudyDate");
                dates++;
            }
            if (b.string(0x00080021) != null) {
                assertEquals(-7, days(b.string(0x00080021), a.string(0x00080021)), f + " SeriesDate");
            }
            if (b.string(0x0008002A) != null) {
                assertEquals(3, days(b.string(0x0008002A).substring(0, 8), a.string(0x0008002A).substring(0, 8)),
                        f + " AcquisitionDateTime (JITTER endswith:Time)");
            }
            assertEquals("OPERATOR^ONE", a.string(0x00081070), f + ": KEEP beats BLANK");
            assertEquals(0, after.get(0x00080090).length(), f + ": BLANK");
            assertNull(after.get(0x00100030), f + ": REMOVE");
            assertEquals(b.string(0x00081030), a.string(0x00081030), f + ": KEEP");
            if (before.contains(0x00080080)) {
                assertEquals("SITE 07", a.string(0x00080080), f + ": REPLACE");
            }
            assertFalse(after.contains(0x00101000), f + ": REMOVE startswith:OtherPatient");
        }
        assertTrue(dates > 0, "some corpus image has a study date");
    }

    private static long days(String from, String to) {
        return ChronoUnit.DAYS.between(LocalDate.parse(from, DA), LocalDate.parse(to, DA));
    }
}
