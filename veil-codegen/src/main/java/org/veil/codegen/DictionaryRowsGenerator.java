package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the package-private {@code DictionaryRows}: every row of PS3.6 Section 6, in tag order, as one text line
 * (data only: the hand-written {@code StandardDictionary} parses them once). Text blocks of {@value #PER_PART} lines
 * keep each string constant under the 64 KB limit and the class small and quick to load (much quicker than thousands
 * of constructor calls).
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
            /**
             * The %d rows of the PS3.6 data dictionary in tag order, as text that {@link StandardDictionary} reads
             * once. One line per row: tag | mask (empty for an exact tag) | keyword | name | VRs separated by
             * {@code /} (empty for none) | VM | {@code R} retired or {@code C} current. Data only.
             */
            final class DictionaryRows {
                static final int SIZE = %1$d;

                private DictionaryRows() {
                }

                /** The text blocks, in order. */
                static String[] blocks() {
                    return parts();
                }""";
}
