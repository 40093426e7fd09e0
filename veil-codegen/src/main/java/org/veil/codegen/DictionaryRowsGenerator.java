package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the package-private {@code DictionaryRows}: every row of PS3.6 Section 6 as a {@code DictionaryEntry}, in
 * tag order, built in parts of {@value #PER_PART} rows so that no method reaches the 64 KB bytecode limit.
 */
final class DictionaryRowsGenerator {
    static final int PER_PART = 400;

    private DictionaryRowsGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<AttributeRow> rows) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, List.of(source));
        j.line("import java.util.ArrayList;");
        j.line("import java.util.List;");
        j.line("import org.veil.dicom.VR;");
        j.line("");
        j.line("/** The " + rows.size() + " rows of the PS3.6 data dictionary in tag order; read once by "
                + "{@link StandardDictionary}. */");
        j.open("final class DictionaryRows {");
        j.line("static final int SIZE = " + rows.size() + ";");
        j.line("private static final int EXACT = DictionaryEntry.EXACT;");
        j.line("private static final boolean RETIRED = true;");
        j.line("private static final boolean CURRENT = false;");
        Set<String> vrLists = new TreeSet<>();
        for (AttributeRow row : rows) {
            vrLists.add(vrListName(row.vrs()));
        }
        for (String name : vrLists) {
            j.line("private static final List<VR> " + name + " = " + vrListExpression(name) + ";");
        }
        j.line("");
        j.open("private DictionaryRows() {");
        j.close("}");
        j.line("");
        j.line("/** Every row, in tag order (unsigned). */");
        j.open("static List<DictionaryEntry> all() {");
        j.line("return rows();");
        j.close("}");
        j.line("");
        List<String> expressions = new ArrayList<>();
        for (AttributeRow row : rows) {
            expressions.add(expression(row));
        }
        j.chunkedList("DictionaryEntry", "rows", expressions, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "DictionaryRows", j);
    }

    private static String expression(AttributeRow row) {
        TagPattern p = row.pattern();
        return "new DictionaryEntry(" + JavaSource.hex(p.tag()) + ", " + (p.exact() ? "EXACT" : JavaSource.hex(p.mask()))
                + ", " + JavaSource.literal(row.keyword()) + ", " + JavaSource.literal(row.name()) + ", "
                + vrListName(row.vrs()) + ", " + JavaSource.literal(row.vm()) + ", "
                + (row.retired() ? "RETIRED" : "CURRENT") + ")";
    }

    /** {@code NO_VR} for none, else the VR names joined by underscores, e.g. {@code US_SS}. */
    private static String vrListName(List<String> vrs) {
        return vrs.isEmpty() ? "NO_VR" : String.join("_", vrs);
    }

    private static String vrListExpression(String name) {
        if (name.equals("NO_VR")) {
            return "List.of()";
        }
        List<String> parts = new ArrayList<>();
        for (String vr : name.split("_")) {
            parts.add("VR." + vr);
        }
        return "List.of(" + String.join(", ", parts) + ")";
    }
}
