package org.veil.pipeline.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.deid.imports.ImportReport;
import org.veil.deid.imports.Translation;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.RuleParser;

/**
 * Pixel filter lists written for this test in CTP's and deid's documented formats: every signature is reported, the
 * rules parse, and they match exactly the images the documented semantics select (and, or, parentheses, tag forms,
 * case, missing and empty attributes; CTP's x,y,width,height and deid's xmin,ymin,xmax,ymax).
 */
class PixelFilterImportTest {
    static String resource(String name) throws Exception {
        try (InputStream in = PixelFilterImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<ImportReport.Status, List<Integer>> lines(ImportReport r) {
        return r.entries().stream().collect(Collectors.groupingBy(ImportReport.Entry::status, TreeMap::new,
                Collectors.mapping(ImportReport.Entry::line, Collectors.toList())));
    }

    private static Dataset image(String modality, String manufacturer, String model, int rows, int columns) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080060, VR.CS, modality);
        if (manufacturer != null) {
            v.putString(0x00080070, VR.LO, manufacturer);
        }
        if (model != null) {
            v.putString(0x00081090, VR.LO, model);
        }
        v.putUnsignedShorts(0x00280010, rows);
        v.putUnsignedShorts(0x00280011, columns);
        return ds;
    }

    private static Optional<RedactionRule> match(List<RedactionRule> rules, Dataset ds) {
        return RedactionRule.firstMatch(rules, ds);
    }

    @Test
    void ctpPixel_signaturesAndRegions_matchAsCtpDocuments() throws Exception {
        Translation t = RecipeImport.translate(ImportFormat.CTP_PIXEL, resource("site-pixel.script"),
                "site-pixel.script", "site", null);
        Map<ImportReport.Status, List<Integer>> lines = lines(t.report());
        assertEquals(List.of(4), lines.get(ImportReport.Status.EXACT), t.report().toText());
        assertEquals(List.of(11), lines.get(ImportReport.Status.DIFFERENT), t.report().toText());
        assertEquals(List.of(15, 19, 22), lines.get(ImportReport.Status.UNTRANSLATABLE), t.report().toText());
        List<RedactionRule> rules = RuleParser.parse(t.main(), "site.yaml");
        assertEquals(3, rules.size(), "the OR gives two rules, the dose screen one");
        List<Rect> acme = List.of(new Rect(0, 0, 800, 56), new Rect(0, 560, 260, 40));
        assertEquals(acme, match(rules, image("US", "ACME Medical", "Sono 5", 600, 800)).get().regions());
        assertEquals(acme, match(rules, image("US", "acme", "ECHO ONE", 600, 800)).get().regions());
        assertTrue(match(rules, image("US", "ACME", "sono 5", 600, 800)).isEmpty(), "startsWith is case-sensitive");
        assertTrue(match(rules, image("US", "ACME", "Echo Two", 600, 800)).isEmpty());
        assertTrue(match(rules, image("CT", "ACME", "Sono 5", 600, 800)).isEmpty());
        assertTrue(match(rules, image("US", "ACME", "Sono 5", 600, 1024)).isEmpty());
        Dataset dose = image("CT", "X", "Y", 512, 512);
        DatasetView.of(dose).putString(0x00080008, VR.CS, "DERIVED\\SECONDARY\\SCREEN SAVE");
        DatasetView.of(dose).putString(0x0008103E, VR.LO, "CT DOSE");
        assertEquals(List.of(new Rect(0, 0, 512, 110)), match(rules, dose).get().regions());
        DatasetView.of(dose).putString(0x00080008, VR.CS, "DERIVED\\SECONDARY\\screen save");
        assertTrue(match(rules, dose).isEmpty(), "contains is case-sensitive");
        assertTrue(rules.get(0).source().equals("CTP DicomPixelAnonymizer script site-pixel.script line 4"),
                rules.get(0).source());
    }

    @Test
    void deidFilter_criteriaAndCoordinates_matchAsDeidDocuments() throws Exception {
        Translation t = RecipeImport.translate(ImportFormat.DEID_FILTER, resource("site.deid"), "site.deid", "site",
                null);
        Map<ImportReport.Status, List<Integer>> lines = lines(t.report());
        assertEquals(List.of(5, 12, 21), lines.get(ImportReport.Status.EXACT), t.report().toText());
        assertEquals(List.of(3, 26), lines.get(ImportReport.Status.DIFFERENT), t.report().toText());
        assertEquals(List.of(18, 23), lines.get(ImportReport.Status.UNTRANSLATABLE), t.report().toText());
        List<RedactionRule> rules = RuleParser.parse(t.main(), "site.yaml");
        assertEquals(3, rules.size(), "one rule, then missing OR empty as two");
        List<Rect> acme = List.of(new Rect(0, 0, 800, 56), new Rect(0, 560, 260, 40));
        assertEquals(acme, match(rules, image("US", "acme medical", "Big SONO 9", 600, 800)).get().regions());
        assertEquals(acme, match(rules, image("US", " ACME ", "sono", 600, 640)).get().regions());
        assertTrue(match(rules, image("US", "ACME MEDICAL SYSTEMS", "Sono", 600, 800)).isEmpty(), "equals");
        assertTrue(match(rules, image("US", "ACME", "Sono", 480, 640)).isEmpty());
        Dataset sc = image("OT", null, null, 100, 100);
        DatasetView.of(sc).putString(0x00080008, VR.CS, "DERIVED\\SECONDARY");
        assertEquals(List.of(new Rect(0, 0, 65535, 65535)), match(rules, sc).get().regions(), "coordinates all");
        DatasetView.of(sc).putString(0x00080070, VR.LO, "");
        assertTrue(match(rules, sc).isPresent(), "empty Manufacturer");
        DatasetView.of(sc).putString(0x00080070, VR.LO, "SOMEONE");
        assertTrue(match(rules, sc).isEmpty(), "present Manufacturer");
    }

    @Test
    void deidRecipe_filtersBecomePixelRulesTheRecipeNames() throws Exception {
        Translation t = RecipeImport.translate(ImportFormat.DEID, resource("site.deid"), "site.deid", "site", null);
        assertTrue(t.main().contains("pixel-rules: [\"site.pixel-rules.yaml\"]"), t.main());
        assertEquals(3, RuleParser.parse(t.sideFiles().get("site.pixel-rules.yaml"), "x").size());
        assertTrue(t.report().toText().contains("site.deid:27: exact: REMOVE PatientName"), t.report().toText());
        assertFalse(t.report().toText().contains("site.deid:6:"), "criteria lines are reported with their LABEL");
    }
}
