package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.Rect;

class RuleParserTest {
    private static final String RULES = """
            rules:
              - name: sono
                match:
                  manufacturer: ACME
                  model: {regex: "Sono ?5.*"}
                  rows: 600
                  columns: 800
                regions:
                  - [0, 0, 800, 56]
                  - {x: 0, y: 560, width: 260, height: 40}
                fill: {rgb: [0, 0, 0]}
            """;

    @Test
    void parse_rulesFile_matchesOnlyItsDevice() throws Exception {
        List<RedactionRule> rules = RuleParser.parse(RULES, "us.yaml");
        assertEquals(1, rules.size());
        assertEquals(List.of(new Rect(0, 0, 800, 56), new Rect(0, 560, 260, 40)), rules.get(0).regions());
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.Manufacturer, VR.LO, "ACME");
        v.putString(Tags.ManufacturerModelName, VR.LO, "Sono5 Pro");
        v.putUnsignedShorts(Tags.Rows, 600);
        v.putUnsignedShorts(Tags.Columns, 800);
        assertTrue(rules.get(0).appliesTo(ds));
        v.putUnsignedShorts(Tags.Columns, 1024);
        assertFalse(rules.get(0).appliesTo(ds));
    }

    @Test
    void parse_badRegion_namesLine() {
        String bad = RULES.replace("[0, 0, 800, 56]", "[0, 0, 800]");
        RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleParser.parse(bad, "us.yaml"));
        assertEquals("us.yaml:9: region needs 4 numbers x, y, width, height, not 3", e.getMessage());
    }

    @Test
    void parse_unknownKey_namesLine() {
        String bad = RULES.replace("manufacturer:", "manufactuer:");
        RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleParser.parse(bad, "us.yaml"));
        assertTrue(e.getMessage().startsWith("us.yaml:4: unknown key 'manufactuer'"), e.getMessage());
    }
}
