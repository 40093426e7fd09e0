package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.Rect;

/** The built-in starter library parses, names a source for every rule, and matches the devices its lists name. */
class RuleLibraryTest {
    private static final String CTP = "CTP DicomPixelAnonymizer script johnperry/CTP@361e90f "
            + "source/files/scripts/DicomPixelAnonymizer.script line \\d+";
    private static final String DEID = "pydicom/deid recipe pydicom/deid@8d26fca deid/data/deid.dicom %filter "
            + "graylist LABEL at line \\d+";

    @TempDir
    Path dir;

    private static Dataset us(String manufacturer, String model, int rows, int columns) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.Modality, VR.CS, "US");
        v.putString(Tags.Manufacturer, VR.LO, manufacturer);
        v.putString(Tags.ManufacturerModelName, VR.LO, model);
        v.putUnsignedShorts(Tags.Rows, rows);
        v.putUnsignedShorts(Tags.Columns, columns);
        return ds;
    }

    @Test
    void builtin_parses_everyRuleNamesItsSourceAndHasRegions() {
        List<RedactionRule> rules = RuleLibrary.builtin();
        assertEquals(159, rules.size(), "52 rules from CTP's list, 107 from deid's graylist");
        long ctp = rules.stream().filter(r -> r.source().matches(CTP)).count();
        long deid = rules.stream().filter(r -> r.source().matches(DEID)).count();
        assertEquals(52, ctp);
        assertEquals(107, deid);
        for (RedactionRule r : rules) {
            assertFalse(r.regions().isEmpty(), r.name());
            assertFalse(r.name().isBlank(), r.source());
            for (Rect rect : r.regions()) {
                assertTrue(rect.width() > 0 && rect.height() > 0, r.source());
            }
            for (int tag : r.signature().attributes().keySet()) {
                assertTrue(org.veil.dicom.dict.StandardDictionary.vr(tag).isString(), r.source()
                        + ": a text test on a binary attribute never matches");
            }
        }
    }

    @Test
    void builtin_listedDevice_matchesItsRegions_otherDeviceMatchesNothing() {
        List<RedactionRule> rules = RuleLibrary.builtin();
        Optional<RedactionRule> iu22 = RedactionRule.firstMatch(rules, us("Philips Medical Systems", "iU22", 600,
                800));
        assertTrue(iu22.isPresent());
        assertEquals(List.of(new Rect(0, 0, 800, 59)), iu22.get().regions());
        assertTrue(iu22.get().source().endsWith("line 161"), iu22.get().source());
        assertEquals(List.of(new Rect(0, 0, 640, 47)), RedactionRule.firstMatch(rules,
                us("Philips Medical Systems", "IU22", 480, 640)).get().regions(), "containsIgnoreCase");
        assertTrue(RedactionRule.firstMatch(rules, us("ACME MEDICAL", "Sono 5", 600, 800)).isEmpty());
        assertTrue(RedactionRule.firstMatch(rules, us("Philips Medical Systems", "iU22", 601, 800)).isEmpty(),
                "another screen layout");
    }

    @Test
    void load_ownRulesFirst_builtinAfter_onceEvenIfNamedTwice() throws Exception {
        Files.writeString(dir.resolve("own.yaml"), """
                rules:
                  - name: our iU22 layout
                    source: measured on our scanner
                    match: {model: iU22, rows: 600}
                    regions: [[0, 0, 800, 80]]
                """);
        List<RedactionRule> rules = RuleLibrary.load(List.of("builtin", "own.yaml", "builtin"), dir);
        assertEquals(160, rules.size());
        List<RedactionRule> ordered = RuleLibrary.load(List.of("own.yaml", "builtin"), dir);
        assertEquals("our iU22 layout", RedactionRule.firstMatch(ordered, us("Philips", "iU22", 600, 800)).get()
                .name());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> RuleLibrary.load(List.of("absent.yaml"), dir));
    }

    @Test
    void parse_attributesAndPresenceTests() throws Exception {
        List<RedactionRule> rules = RuleParser.parse("""
                rules:
                  - name: dose screens
                    source: a test
                    match:
                      attributes:
                        ImageType: {regex: "(?i).*SCREEN SAVE.*"}
                        "(0008,103E)": {absent: true}
                        BurnedInAnnotation: {empty: true}
                    regions: [[0, 0, 10, 10]]
                """, "t.yaml");
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080008, VR.CS, "DERIVED\\SECONDARY\\screen save");
        v.putString(0x00280301, VR.CS, "");
        assertTrue(rules.get(0).appliesTo(ds));
        assertEquals("a test", rules.get(0).source());
        v.putString(0x0008103E, VR.LO, "DOSE");
        assertFalse(rules.get(0).appliesTo(ds), "Series Description present");
        ds.remove(0x0008103E);
        v.putString(0x00280301, VR.CS, "YES");
        assertFalse(rules.get(0).appliesTo(ds), "Burned In Annotation not empty");
        RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleParser.parse(
                "rules:\n  - match: {attributes: {SeriesDescripton: X}}\n    regions: [[0, 0, 1, 1]]\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml:2: unknown attribute 'SeriesDescripton'"), e.getMessage());
    }
}
