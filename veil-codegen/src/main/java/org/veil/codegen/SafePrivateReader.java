package org.veil.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PS3.15 Table E.3.10-1 "Safe Private Attributes" from the RST of PS3.15 Annex E, in table order.
 *
 * <p>Data elements are {@code (gggg,xxee)} with an odd group (hex digits in either case). A creator outside plain
 * characters, or a meaning that states a condition ({@code if}, {@code when}, {@code unless}, {@code only}), throws:
 * such a row cannot be a plain entry and needs a decision.
 */
final class SafePrivateReader {
    static final String SOURCE = "text/ps3.15_chapter_E.rst";
    private static final Pattern ELEMENT = Pattern.compile("\\(([0-9A-Fa-f]{4}),[xX]{2}([0-9A-Fa-f]{2})\\)");
    private static final Pattern CREATOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.,-]*");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(if|when|unless|only)\\b");
    private static final Pattern VM = Pattern.compile("[1-9][0-9]*(-([1-9][0-9]*n?|n))?");

    private SafePrivateReader() {
    }

    static List<SafePrivateRow> read(SourceFile source) {
        GridTable t = GridTable.parse(RstTable.find(source, "Safe Private Attributes"));
        List<String> header = new ArrayList<>();
        for (int c = 0; c < t.widths().size(); c++) {
            header.add(WrappedText.join(t.header().get(0).get(c), t.widths().get(c)));
        }
        if (!header.equals(List.of("**Data Element**", "**Private Creator**", "**VR**", "**VM**", "**Meaning**"))) {
            throw new IllegalStateException(t.table().where(0) + ": unexpected header " + header);
        }
        List<SafePrivateRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            SafePrivateRow row = row(t, r);
            if (!seen.add(row.creator() + "/" + row.group() + "/" + row.offset())) {
                throw new IllegalStateException(t.where(r) + ": " + row.creator() + " element listed twice");
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    private static SafePrivateRow row(GridTable t, int r) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < t.widths().size(); c++) {
            cells.add(WrappedText.join(t.rows().get(r).get(c), t.widths().get(c)));
        }
        String where = t.where(r);
        Matcher element = ELEMENT.matcher(cells.get(0));
        if (!element.matches()) {
            throw new IllegalStateException(where + ": unknown private data element shape '" + cells.get(0) + "'");
        }
        int group = Integer.parseInt(element.group(1), 16);
        if ((group & 1) == 0) {
            throw new IllegalStateException(where + ": even group in " + cells.get(0));
        }
        String creator = cells.get(1);
        String meaning = RstInline.plain(cells.get(4), where);
        if (!CREATOR.matcher(creator).matches()) {
            throw new IllegalStateException(where + ": unexpected private creator '" + creator + "'");
        }
        if (CONDITION.matcher(meaning).find()) {
            throw new IllegalStateException(where + ": meaning states a condition: '" + meaning + "'");
        }
        String vr = cells.get(2);
        if (!vr.isEmpty() && !AttributeReader.VRS.contains(vr)) {
            throw new IllegalStateException(where + ": unknown VR '" + vr + "'");
        }
        if (!VM.matcher(cells.get(3)).matches()) {
            throw new IllegalStateException(where + ": unknown VM '" + cells.get(3) + "'");
        }
        return new SafePrivateRow(creator, group, Integer.parseInt(element.group(2), 16), vr, cells.get(3), meaning);
    }
}
