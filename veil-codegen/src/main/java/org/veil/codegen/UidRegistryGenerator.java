package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the package-private {@code UidRows}: every registered UID with name, keyword, type and retired flag, one text
 * line per UID (data only: the hand-written {@code UidRegistry} parses and looks them up).
 */
final class UidRegistryGenerator {
    static final int PER_PART = 500;

    private UidRegistryGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.lines(CODE.formatted(catalog.rows().size()));
        j.indent();
        List<String> lines = new ArrayList<>();
        for (UidRow row : catalog.rows()) {
            lines.add(RowText.of(row.where(), row.uid(), row.name(), catalog.keyword(row), UidTypes.constant(row.type()),
                    row.retired() ? "R" : "C"));
        }
        j.textBlocks("PART", lines, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "UidRows", j);
    }

    private static final String CODE = """
            /**
             * The UIDs registered in PS3.6 Annex A (%d entries: Table A-1, the well-known frames of reference, the
             * Table A-3 context groups, the template UIDs) and the SOP Classes of the SOP class list that this
             * edition of PS3.6 lacks, as text that {@link UidRegistry} reads once. One line per UID: UID | name |
             * keyword | {@link UidType} | {@code R} retired or {@code C} current. Data only.
             */
            final class UidRows {
                private UidRows() {
                }

                /** The text blocks, in order. */
                static String[] blocks() {
                    return parts();
                }""";
}
