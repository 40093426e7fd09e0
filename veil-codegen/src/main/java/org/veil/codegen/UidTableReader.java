package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the UID tables of PS3.6 Annex A: Table A-1 "UID Values", "Well-known Frames of Reference", "Context Group
 * UID Values" and "Template UID Values". Retired rows of Table A-1 are in italics ({@code *...*}) in every cell;
 * retired context groups are in italics or carry {@code RET (year)} in the comment.
 */
final class UidTableReader {
    static final String SOURCE = "text/ps3.06_chapter_A.rst";
    private static final Pattern RETIRED_COMMENT = Pattern.compile("\\*?RET \\(\\d{4}[a-e]?\\)\\*?");

    private UidTableReader() {
    }

    /** Table A-1, in source order. */
    static List<UidRow> uidValues(SourceFile source) {
        GridTable t = GridTable.parse(RstTable.find(source, "UID Values"));
        checkHeader(t, "**UID Value**", "**UID Name**", "**UID Type**", "**Part**");
        List<UidRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<String>> cells = t.rows().get(r);
            String where = t.where(r);
            String uid = WrappedText.concat(cells.get(0));
            boolean retired = italic(uid);
            String name = text(cells.get(1), t.widths().get(1), retired, where);
            String type = text(cells.get(2), t.widths().get(2), retired, where);
            text(cells.get(3), t.widths().get(3), retired, where);
            rows.add(new UidRow(retired ? unitalic(uid, where) : uid, RstInline.plain(name, where), type, retired,
                    where));
        }
        return rows;
    }

    /** The Well-known Frames of Reference table; none are retired. */
    static List<UidRow> framesOfReference(SourceFile source) {
        GridTable t = GridTable.parse(RstTable.find(source, "Well-known Frames of Reference"));
        checkHeader(t, "UID Value", "UID Name", "Normative Reference");
        List<UidRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<String>> cells = t.rows().get(r);
            String where = t.where(r);
            String name = text(cells.get(1), t.widths().get(1), false, where);
            rows.add(new UidRow(WrappedText.concat(cells.get(0)), RstInline.plain(name, where),
                    UidTypes.WELL_KNOWN_FRAME_OF_REFERENCE, false, where));
        }
        return rows;
    }

    /** Table A-3, Context Group UID Values; this edition gives no identifiers or names. */
    static List<UidRow> contextGroups(SourceFile source) {
        GridTable t = GridTable.parse(RstTable.find(source, "Context Group UID Values"));
        checkHeader(t, "**Context UID**", "**Context Identifier**", "**Context Group Name**", "**Comment**");
        List<UidRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<String>> cells = t.rows().get(r);
            String where = t.where(r);
            String uid = WrappedText.concat(cells.get(0));
            String identifier = WrappedText.join(cells.get(1), t.widths().get(1));
            String name = WrappedText.join(cells.get(2), t.widths().get(2));
            String comment = WrappedText.join(cells.get(3), t.widths().get(3));
            if (!comment.isEmpty() && !RETIRED_COMMENT.matcher(comment).matches()) {
                throw new IllegalStateException(where + ": unknown context group comment '" + comment + "'");
            }
            if (!identifier.isEmpty() || !name.isEmpty()) {
                throw new IllegalStateException(where + ": context group with identifier or name ('" + identifier
                        + "', '" + name + "'): teach the generator where to put them");
            }
            boolean retired = italic(uid) || !comment.isEmpty();
            rows.add(new UidRow(italic(uid) ? unitalic(uid, where) : uid, "", UidTypes.CONTEXT_GROUP, retired,
                    where));
        }
        return rows;
    }

    /** The Template UID Values table (a simple table); its rows have a type but no name. */
    static List<UidRow> templates(SourceFile source) {
        SimpleTable t = SimpleTable.parse(RstTable.find(source, "Template UID Values"));
        if (!t.header().equals(List.of("UID Value", "UID Name", "UID Type", "Part"))) {
            throw new IllegalStateException(t.table().where(1) + ": unexpected header " + t.header());
        }
        List<UidRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> cells = t.rows().get(r);
            String where = t.table().where(3 + r);
            if (!cells.get(3).isEmpty() || cells.stream().anyMatch(c -> c.contains("*"))) {
                throw new IllegalStateException(where + ": unexpected part or markup in " + cells);
            }
            rows.add(new UidRow(cells.get(0), cells.get(1), cells.get(2), false, where));
        }
        return rows;
    }

    private static String text(List<String> lines, int width, boolean retired, String where) {
        String text = WrappedText.join(lines, width);
        if (retired && !text.isEmpty()) {
            return unitalic(text, where);
        }
        if (text.contains("*")) {
            throw new IllegalStateException(where + ": '*' in a row that is not retired: '" + text + "'");
        }
        return text;
    }

    private static boolean italic(String text) {
        return text.length() > 2 && text.startsWith("*") && text.endsWith("*");
    }

    private static String unitalic(String text, String where) {
        String inner = text.substring(1, text.length() - 1);
        if (!italic(text) || inner.contains("*")) {
            throw new IllegalStateException(where + ": expected one italic span in a retired row: '" + text + "'");
        }
        return inner;
    }

    private static void checkHeader(GridTable t, String... expected) {
        if (t.header().size() != 1) {
            throw new IllegalStateException(t.table().where(0) + ": expected one header row");
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < t.widths().size(); c++) {
            header.add(WrappedText.join(t.header().get(0).get(c), t.widths().get(c)));
        }
        if (!header.equals(List.of(expected))) {
            throw new IllegalStateException(t.table().where(0) + ": unexpected header " + header);
        }
    }
}
