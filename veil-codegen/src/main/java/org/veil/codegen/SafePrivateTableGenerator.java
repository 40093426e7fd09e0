package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code SafePrivateTable}: the rows of PS3.15 Table E.3.10-1 as {@code SafePrivateElement}s. */
final class SafePrivateTableGenerator {

    private SafePrivateTableGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<SafePrivateRow> rows) {
        JavaSource j = new JavaSource(ConfidentialityTableGenerator.PACKAGE, List.of(source));
        j.lines(CODE.formatted(rows.size()));
        j.indent();
        List<String> expressions = new ArrayList<>();
        for (SafePrivateRow row : rows) {
            expressions.add("new SafePrivateElement(" + JavaSource.literal(row.creator()) + ", "
                    + String.format("0x%04X, 0x%02X, ", row.group(), row.offset()) + JavaSource.literal(row.vr())
                    + ", " + JavaSource.literal(row.vm()) + ", " + JavaSource.literal(row.meaning()) + ")");
        }
        j.chunkedList("SafePrivateElement", "rows", expressions, 400);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.PROFILE_ROOT, ConfidentialityTableGenerator.PACKAGE, "SafePrivateTable", j);
    }

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.List;

            /**
             * PS3.15 Table E.3.10-1, Safe Private Attributes: %d private data elements in table order. PS3.15 presents
             * the list as a sample that vendors do not guarantee.
             */
            public final class SafePrivateTable {
                private static final List<SafePrivateElement> ELEMENTS = List.copyOf(rows());

                private SafePrivateTable() {
                }

                /** Every row of the table, in table order. */
                public static List<SafePrivateElement> elements() {
                    return ELEMENTS;
                }
            """;
}
