package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeReaderTest {

    private static SourceFile json(String... rows) {
        return new SourceFile("json/attributes.json", ("[" + String.join(",", rows) + "]")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String tag, String keyword, String vr, String vm, String retired) {
        return "{\"tag\":\"" + tag + "\",\"name\":\"N " + keyword + "\",\"keyword\":\"" + keyword
                + "\",\"valueRepresentation\":\"" + vr + "\",\"valueMultiplicity\":\"" + vm + "\",\"retired\":\""
                + retired + "\",\"id\":\"x\"}";
    }

    @Test
    void read_knownShapes_areSortedAndParsed() {
        List<AttributeRow> rows = AttributeReader.read(json(
                row("(FFFE,E000)", "Item", "See Note 2", "1", "N"),
                row("(60XX,3000)", "OverlayData", "OB or OW", "1", "N"),
                row("(0028,0106)", "SmallestImagePixelValue", "US or SS", "1", "N"),
                row("(0008,0202)", "", "", "", "Y")));
        assertEquals(List.of("(0008,0202)", "(0028,0106)", "(60XX,3000)", "(FFFE,E000)"),
                rows.stream().map(r -> r.pattern().text()).toList());
        assertEquals(List.of("US", "SS"), rows.get(1).vrs());
        assertEquals(List.of("OB", "OW"), rows.get(2).vrs());
        assertEquals(List.of(), rows.get(3).vrs());
        assertEquals(List.of(), rows.get(0).vrs());
    }

    @Test
    void read_unknownVr_throwsNamingTheRow() {
        var e = assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0010,0010)", "PatientName", "PN or XX", "1", "N"))));
        assertEquals("json/attributes.json row 0 (0010,0010): unknown VR 'PN or XX'", e.getMessage());
    }

    @Test
    void read_noVrNoteOutsideItems_throws() {
        var e = assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0010,0010)", "PatientName", "See Note 2", "1", "N"))));
        assertEquals("json/attributes.json row 0 (0010,0010): 'See Note 2' outside group FFFE", e.getMessage());
    }

    @Test
    void read_emptyVrOnCurrentRow_throws() {
        var e = assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0010,0010)", "PatientName", "", "", "N"))));
        assertEquals("json/attributes.json row 0 (0010,0010): empty VR on a current attribute", e.getMessage());
    }

    @Test
    void read_unknownVmOrRetiredFlag_throws() {
        assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0010,0010)", "PatientName", "PN", "one", "N"))));
        assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0010,0010)", "PatientName", "PN", "1", "maybe"))));
    }

    @Test
    void read_duplicateKeywordOrTag_throws() {
        var e = assertThrows(IllegalStateException.class, () -> AttributeReader.read(json(
                row("(0010,0010)", "PatientName", "PN", "1", "N"), row("(0010,0020)", "PatientName", "LO", "1", "N"))));
        assertEquals("json/attributes.json: keyword PatientName on (0010,0020) and (0010,0010)", e.getMessage());
        assertThrows(IllegalStateException.class, () -> AttributeReader.read(json(
                row("(0010,0010)", "PatientName", "PN", "1", "N"), row("(0010,0010)", "Other", "LO", "1", "N"))));
    }

    @Test
    void read_privateTagOrOverlappingRanges_throws() {
        assertThrows(IllegalStateException.class,
                () -> AttributeReader.read(json(row("(0011,0010)", "Creator", "LO", "1", "N"))));
        var e = assertThrows(IllegalStateException.class, () -> AttributeReader.read(json(
                row("(1000,XXX0)", "A", "US", "3", "Y"), row("(1000,00X0)", "B", "US", "3", "Y"))));
        assertEquals("json/attributes.json: repeating (1000,XXX0) overlaps (1000,00X0)", e.getMessage());
    }

    @Test
    void read_unknownField_throws() {
        var e = assertThrows(IllegalStateException.class, () -> AttributeReader.read(json(
                row("(0010,0010)", "PatientName", "PN", "1", "N").replace("\"id\"", "\"other\""))));
        assertEquals("json/attributes.json row 0: fields [keyword, name, other, retired, tag, valueMultiplicity,"
                + " valueRepresentation], expected [id, keyword, name, retired, tag, valueMultiplicity,"
                + " valueRepresentation]", e.getMessage());
    }
}
