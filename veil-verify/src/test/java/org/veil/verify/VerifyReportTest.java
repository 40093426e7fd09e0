package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyReportTest {
    private static final VerifyReport REPORT = new VerifyReport(
            List.of(new Finding(Finding.Kind.LEAK, "p/\"q\"\t.dcm", "(0010,0010) @0x1A", "NAME value of (0010,0010)"),
                    new Finding(Finding.Kind.KEPT_CHANGED, "a.dcm", "(0028,0010)", "kept attribute changed")),
            List.of("a note\nwith a line break"), 2, 3, 1000, 42, 1, 1, 5, 7);

    @Test
    void toJson_parsesWithCountsFindingsAndNotes() throws Exception {
        JsonNode j = new ObjectMapper().readTree(REPORT.toJson());
        assertFalse(j.get("clean").asBoolean());
        assertEquals(1, j.get("counts").get("LEAK").asInt());
        assertEquals("p/\"q\"\t.dcm", j.get("findings").get(0).get("output").asText());
        assertEquals("a note\nwith a line break", j.get("notes").get(0).asText());
        assertEquals(1000, j.get("bytesSearched").asLong());
    }

    @Test
    void toText_summaryThenOneLinePerFinding() {
        List<String> lines = REPORT.toText().lines().toList();
        assertEquals("NOT CLEAN: 2 finding(s)", lines.get(0));
        assertTrue(lines.contains("KEPT_CHANGED a.dcm (0028,0010): kept attribute changed"), lines.toString());
    }

    @Test
    void clean_noFindings_true() {
        VerifyReport r = new VerifyReport(List.of(), List.of(), 1, 1, 1, 1, 1, 1, 1, 1);
        assertTrue(r.clean());
        assertTrue(r.toText().startsWith("CLEAN\n"));
        assertTrue(r.toJson().contains("\"findings\":[]"));
    }
}
