package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RstTablesTest {

    private static SourceFile rst(String text) {
        return new SourceFile("text/t.rst", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SAFE = """
            intro

                  .. table:: Safe Private Attributes

                     +-------------+----------------+----+----+----------------+
                     | **Data      | **Private      | ** | ** | **Meaning**    |
                     | Element**   | Creator**      | VR | VM |                |
                     |             |                | ** | ** |                |
                     +=============+================+====+====+================+
                     | (0019,xx0a) | SIEMENS MR     | IS | 1  | B Value        |
                     |             | HEADER         |    |    |                |
                     +-------------+----------------+----+----+----------------+
                     | (7FD1,xx01) | SIEMENS        |    | 1  | Acoustic Image |
                     |             | Ultrasound     |    |    | and Footer     |
                     +-------------+----------------+----+----+----------------+

            after
            """;

    @Test
    void gridTable_wrappedCells_areSplitIntoRowsAndLines() {
        GridTable t = GridTable.parse(RstTable.find(rst(SAFE), "Safe Private Attributes"));
        assertEquals(List.of(11, 14, 2, 2, 14), t.widths());
        assertEquals(2, t.rows().size());
        assertEquals(List.of("SIEMENS MR", "HEADER"), t.rows().get(0).get(1));
        assertEquals("text/t.rst:13", t.where(1));
    }

    @Test
    void safePrivateReader_rows_areParsedWithLowerCaseHex() {
        List<SafePrivateRow> rows = SafePrivateReader.read(rst(SAFE));
        assertEquals(new SafePrivateRow("SIEMENS MR HEADER", 0x0019, 0x0A, "IS", "1", "B Value"), rows.get(0));
        assertEquals(new SafePrivateRow("SIEMENS Ultrasound", 0x7FD1, 0x01, "", "1", "Acoustic Image and Footer"),
                rows.get(1));
    }

    @Test
    void safePrivateReader_conditionalMeaning_throws() {
        var e = assertThrows(IllegalStateException.class, () -> SafePrivateReader.read(rst(
                SAFE.replace("| B Value        |", "| only if CT     |"))));
        assertEquals("text/t.rst:10: meaning states a condition: 'only if CT'", e.getMessage());
    }

    @Test
    void gridTable_rowWithSpan_throws() {
        var e = assertThrows(IllegalStateException.class, () -> GridTable.parse(RstTable.find(rst(
                SAFE.replace("| (0019,xx0a) | SIEMENS MR     |", "| (0019,xx0a)   SIEMENS MR     |")),
                "Safe Private Attributes")));
        assertEquals("text/t.rst:10: 4 cells, expected 5 (spans or '|' in a cell are not supported)", e.getMessage());
    }

    @Test
    void simpleTable_columns_areCutAtRulePositions() {
        SimpleTable t = SimpleTable.parse(RstTable.find(rst("""
                .. table:: Template UID Values

                   ================== ======== ====
                   UID Value          UID Name Part
                   ================== ======== ====
                   1.2.840.10008.9.1           x
                   ================== ======== ====
                """), "Template UID Values"));
        assertEquals(List.of("UID Value", "UID Name", "Part"), t.header());
        assertEquals(List.of(List.of("1.2.840.10008.9.1", "", "x")), t.rows());
    }

    @Test
    void find_missingTable_throws() {
        var e = assertThrows(IllegalStateException.class, () -> RstTable.find(rst("text"), "UID Values"));
        assertEquals("text/t.rst: expected one table 'UID Values', found 0", e.getMessage());
    }
}
