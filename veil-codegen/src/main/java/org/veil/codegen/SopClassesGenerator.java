package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the package-private {@code SopClassRows}: UID, name and Composite IOD of each SOP Class of {@code sops.json}
 * (data only: the hand-written {@code SopClasses} looks them up).
 */
final class SopClassesGenerator {

    private SopClassesGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<SopClassRow> rows) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, List.of(source));
        j.lines(CODE.formatted(rows.size()));
        j.indent();
        List<String> expressions = new ArrayList<>();
        for (SopClassRow row : rows) {
            expressions.add("new String[] {" + JavaSource.literal(row.uid()) + ", " + JavaSource.literal(row.name())
                    + ", " + JavaSource.literal(row.iod()) + "}");
        }
        j.chunkedList("String[]", "rows", expressions, 400);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "SopClassRows", j);
    }

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.List;

            /**
             * The %d SOP Classes of the SOP class list: UID, name and Composite IOD, ordered numerically by UID, for
             * {@link SopClasses}. Data only.
             */
            final class SopClassRows {
                private SopClassRows() {
                }

                /** Every row: UID, name, Composite IOD. */
                static List<String[]> all() {
                    return rows();
                }
            """;
}
