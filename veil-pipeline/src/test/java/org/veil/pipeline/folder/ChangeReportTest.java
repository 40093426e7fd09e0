package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidResult;
import org.veil.dicom.TagPath;

class ChangeReportTest {
    private static final Id128 INPUT = new Id128(0x0123456789ABCDEFL, 0xFEDCBA9876543210L);

    private static DeidResult result(List<String> rules, List<String> warnings) {
        List<Change> changes = new ArrayList<>();
        TagPath seq = TagPath.ROOT.child(0x00081115).item(1);
        for (int i = 0; i < rules.size(); i++) {
            changes.add(new Change(i % 2 == 0 ? TagPath.ROOT.child(0x00100010 + i) : seq.child(0x00081155),
                    i % 3 == 0 ? "X" : "pseudonym", rules.get(i)));
        }
        return new DeidResult(changes, warnings, "P1", null, null, null);
    }

    @Test
    void line_plainStrings_writesTheGeneratorsBytes() {
        DeidResult r = result(List.of("E.1-1 Patient's Name", "option retain-uids", "recipe 12:5"),
                List.of("(0008,0020): invalid date removed"));

        byte[] line = ChangeReport.line(INPUT, "P1/2.25.1/2.25.2/2.25.3.dcm", r);

        assertArrayEquals(ChangeReport.generated(INPUT, "P1/2.25.1/2.25.2/2.25.3.dcm", r), line);
        assertEquals("{\"input\":\"0123456789abcdeffedcba9876543210\","
                + "\"output\":\"P1/2.25.1/2.25.2/2.25.3.dcm\",\"changes\":["
                + "{\"path\":\"(0010,0010)\",\"action\":\"X\",\"rule\":\"E.1-1 Patient's Name\"},"
                + "{\"path\":\"(0008,1115)[2]/(0008,1155)\",\"action\":\"pseudonym\",\"rule\":\"option retain-uids\"},"
                + "{\"path\":\"(0010,0012)\",\"action\":\"pseudonym\",\"rule\":\"recipe 12:5\"}],"
                + "\"warnings\":[\"(0008,0020): invalid date removed\"]}\n", new String(line, StandardCharsets.UTF_8));
    }

    @Test
    void line_nothingChanged_writesEmptyArrays() {
        DeidResult r = result(List.of(), List.of());

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), ChangeReport.line(INPUT, "a.dcm", r));
    }

    @Test
    void line_stringsThatNeedEscaping_sameBytesAsTheGenerator() {
        List<String> odd = List.of("quote \" in a rule", "back\\slash", "tab\there", "new\nline", "caf\u00e9",
                "\u65e5\u672c", "del \u007f", "nul \u0000", "why? not \u00bf");
        for (String s : odd) {
            DeidResult inRule = result(List.of("plain", s), List.of());
            DeidResult inWarning = result(List.of("plain"), List.of("ok", s));

            String name = "dir/" + s + ".dcm";
            assertArrayEquals(ChangeReport.generated(INPUT, "o.dcm", inRule), ChangeReport.line(INPUT, "o.dcm", inRule),
                    s);
            assertArrayEquals(ChangeReport.generated(INPUT, "o.dcm", inWarning),
                    ChangeReport.line(INPUT, "o.dcm", inWarning), s);
            assertArrayEquals(ChangeReport.generated(INPUT, name, inWarning), ChangeReport.line(INPUT, name, inWarning),
                    s);
        }
    }

    @Test
    void line_nullRule_writesNullLikeTheGenerator() {
        List<String> rules = new ArrayList<>();
        rules.add(null);
        rules.add("E.1-1 Patient ID");
        DeidResult r = result(rules, List.of());

        byte[] line = ChangeReport.line(INPUT, "a.dcm", r);

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), line);
        assertTrue(new String(line, StandardCharsets.UTF_8).contains("\"rule\":null}"));
    }

    @Test
    void line_manyChanges_growsItsBuffer() {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rules.add("private group rule number " + i + " with a long explanation of why it applies");
        }
        DeidResult r = result(rules, List.of());

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), ChangeReport.line(INPUT, "a.dcm", r));
    }

    @Test
    void line_pathsOfEveryDepth_printedAsTagPathPrintsThem() {
        List<Change> changes = new ArrayList<>();
        TagPath p = TagPath.ROOT;
        for (int depth = 1; depth <= 20; depth++) {
            p = p.child(0x0040A730 + depth);
            changes.add(new Change(p, "X", "E.1-1 Content Sequence X"));
            p = p.item(depth * 7);
            changes.add(new Change(p, "X", "E.1-1 Content Sequence X"));
        }
        changes.add(new Change(TagPath.ROOT.child(0xFFFEE000), "Z", "a rule"));
        DeidResult r = new DeidResult(changes, List.of(), "P1", null, null, null);

        byte[] line = ChangeReport.line(INPUT, "a.dcm", r);

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), line);
        assertTrue(new String(line, StandardCharsets.UTF_8).contains("more levels)"));
    }

    @Test
    void line_afterALongerLineOnTheSameThread_sameBytesAsTheGenerator() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add("rule " + i);
        }
        DeidResult longer = result(many, List.of("a warning"));
        DeidResult shorter = result(List.of("E.1-1 Patient's Name"), List.of());

        ChangeReport.line(INPUT, "long/name/of/an/output.dcm", longer);
        byte[] line = ChangeReport.line(INPUT, "a.dcm", shorter);

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", shorter), line);
    }

    @Test
    void line_itemIndexesOfEveryWidth_printedInDecimal() {
        List<Change> changes = new ArrayList<>();
        for (int index : new int[] {0, 8, 9, 98, 99, 998, 999, 9_999, 99_999, 999_999, 123_456_788,
                Integer.MAX_VALUE - 1}) {
            changes.add(new Change(TagPath.ROOT.child(0x00081115).item(index).child(0x00081155), "U", "r"));
        }
        DeidResult r = new DeidResult(changes, List.of(), "P1", null, null, null);

        byte[] line = ChangeReport.line(INPUT, "a.dcm", r);

        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), line);
        assertTrue(new String(line, StandardCharsets.UTF_8).contains("(0008,1115)[2147483647]/(0008,1155)"));
    }

    @Test
    void line_hugeLine_bufferGoesBackToTheKeptSize() {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            rules.add("a rule long enough to make the line larger than the buffer kept between lines, number " + i);
        }
        DeidResult r = result(rules, List.of());
        PlainChangeLine writer = new PlainChangeLine(64);

        byte[] line = writer.line(INPUT, "a.dcm", r);

        assertTrue(line.length > PlainChangeLine.KEPT_CAPACITY);
        assertArrayEquals(ChangeReport.generated(INPUT, "a.dcm", r), line);
        assertEquals(PlainChangeLine.KEPT_CAPACITY, writer.capacity());
        DeidResult small = result(List.of("r"), List.of());
        assertArrayEquals(ChangeReport.generated(INPUT, "b.dcm", small), writer.line(INPUT, "b.dcm", small));
    }

    @Test
    void quotedStrings_moreStringsThanSlots_eachQuotedAsItself() {
        PlainChangeLine.QuotedStrings memo = new PlainChangeLine.QuotedStrings();
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // equal contents in different objects, and strings that need escaping, share the table
            strings.add(i % 7 == 0 ? "needs \"escaping\" " + i : new String("rule " + (i % 1_000)));
        }
        for (int round = 0; round < 2; round++) {
            for (String s : strings) {
                byte[] expected = PlainChangeLine.quoted(s);
                byte[] got = memo.of(s);
                if (expected == null) {
                    assertEquals(null, got, s);
                } else {
                    assertArrayEquals(expected, got, s);
                }
            }
        }
        assertArrayEquals("null".getBytes(StandardCharsets.US_ASCII), memo.of(null));
    }

    @Test
    void line_inputIdsOfEveryShape_printedAsId128Prints() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(23);
        DeidResult r = result(List.of("E.1-1 Patient's Name"), List.of());
        List<Id128> ids = new ArrayList<>(List.of(new Id128(0, 0), new Id128(-1, -1), new Id128(1, Long.MIN_VALUE)));
        for (int i = 0; i < 200; i++) {
            ids.add(new Id128(random.nextLong(), random.nextLong()));
        }
        for (Id128 id : ids) {
            byte[] line = ChangeReport.line(id, "a.dcm", r);
            assertArrayEquals(ChangeReport.generated(id, "a.dcm", r), line, id.hex());
            assertTrue(new String(line, StandardCharsets.US_ASCII).startsWith("{\"input\":\"" + id.hex() + "\","));
        }
    }
}
