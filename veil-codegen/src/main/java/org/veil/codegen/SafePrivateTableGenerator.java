package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code SafePrivateTable}: the rows of PS3.15 Table E.3.10-1 as {@code SafePrivateElement}s. */
final class SafePrivateTableGenerator {

    private SafePrivateTableGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<SafePrivateRow> rows) {
        JavaSource j = new JavaSource(ConfidentialityTableGenerator.PACKAGE, List.of(source));
        j.line("import java.util.ArrayList;");
        j.line("import java.util.List;");
        j.line("");
        j.line("/**");
        j.line(" * PS3.15 Table E.3.10-1, Safe Private Attributes: " + rows.size() + " private data elements in table");
        j.line(" * order. PS3.15 presents the list as a sample that vendors do not guarantee.");
        j.line(" */");
        j.open("public final class SafePrivateTable {");
        j.line("private static final List<SafePrivateElement> ELEMENTS = List.copyOf(rows());");
        j.line("");
        j.open("private SafePrivateTable() {");
        j.close("}");
        j.line("");
        j.line("/** Every row of the table, in table order. */");
        j.open("public static List<SafePrivateElement> elements() {");
        j.line("return ELEMENTS;");
        j.close("}");
        j.line("");
        List<String> expressions = new ArrayList<>();
        for (SafePrivateRow row : rows) {
            expressions.add("new SafePrivateElement(" + JavaSource.literal(row.creator()) + ", "
                    + String.format("0x%04X, 0x%02X, ", row.group(), row.offset()) + JavaSource.literal(row.vr())
                    + ", " + JavaSource.literal(row.vm()) + ", " + JavaSource.literal(row.meaning()) + ")");
        }
        j.chunkedList("SafePrivateElement", "rows", expressions, 400);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DEID_ROOT, ConfidentialityTableGenerator.PACKAGE, "SafePrivateTable", j);
    }
}
