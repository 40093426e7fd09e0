package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the package-private {@code DictionaryRows}: every row of PS3.6 Section 6, in tag order, as one text line,
 * parsed once at class initialisation. Text blocks of {@value #PER_PART} lines keep each string constant under the
 * 64 KB limit and the class small and quick to load (much quicker than thousands of constructor calls).
 */
final class DictionaryRowsGenerator {
    static final int PER_PART = 500;

    private DictionaryRowsGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<AttributeRow> rows) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, List.of(source));
        j.lines(CODE.formatted(rows.size()));
        j.indent();
        List<String> lines = new ArrayList<>();
        for (AttributeRow row : rows) {
            lines.add(line(row));
        }
        j.textBlocks("PART", lines, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "DictionaryRows", j);
    }

    private static String line(AttributeRow row) {
        TagPattern p = row.pattern();
        return RowText.of(p.text(), String.format("%08X", p.tag()), p.exact() ? "" : String.format("%08X", p.mask()),
                row.keyword(), row.name(), String.join("/", row.vrs()), row.vm(), row.retired() ? "R" : "C");
    }

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.veil.dicom.VR;

            /**
             * The %d rows of the PS3.6 data dictionary in tag order, read once by {@link StandardDictionary}. One line
             * per row: tag | mask (empty for an exact tag) | keyword | name | VRs separated by {@code /} (empty for
             * none) | VM | {@code R} retired or {@code C} current.
             */
            final class DictionaryRows {
                static final int SIZE = %1$d;

                private DictionaryRows() {
                }

                /** Every row, in tag order (unsigned). */
                static List<DictionaryEntry> all() {
                    List<DictionaryEntry> rows = new ArrayList<>(SIZE);
                    Map<String, List<VR>> vrLists = new HashMap<>();
                    for (String part : parts()) {
                        TableText t = new TableText("DictionaryRows", part);
                        while (t.nextLine()) {
                            int tag = t.hexField(0);
                            int mask = t.hexField(DictionaryEntry.EXACT);
                            String keyword = t.field();
                            String name = t.field();
                            String vrText = t.field();
                            List<VR> vrs = vrLists.get(vrText);
                            if (vrs == null) {
                                vrs = vrs(vrText);
                                vrLists.put(vrText, vrs);
                            }
                            rows.add(new DictionaryEntry(tag, mask, keyword, name, vrs, t.field(), t.flagField('R')));
                        }
                    }
                    if (rows.size() != SIZE) {
                        throw new IllegalStateException("DictionaryRows: " + rows.size() + " rows, expected " + SIZE);
                    }
                    return rows;
                }

                private static List<VR> vrs(String text) {
                    List<VR> vrs = new ArrayList<>();
                    for (String name : text.isEmpty() ? new String[0] : text.split("/")) {
                        vrs.add(VR.of(name));
                    }
                    return List.copyOf(vrs);
                }""";
}
