package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code SopClasses}: the name and Composite IOD of each SOP Class of {@code sops.json}. */
final class SopClassesGenerator {

    private SopClassesGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<SopClassRow> rows) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, List.of(source));
        j.line("import java.util.ArrayList;");
        j.line("import java.util.HashMap;");
        j.line("import java.util.List;");
        j.line("import java.util.Map;");
        j.line("");
        j.line("/** The " + rows.size() + " storage and other SOP Classes of the SOP class list with their Composite IOD. */");
        j.open("public final class SopClasses {");
        j.line("private static final Map<String, String[]> BY_UID = new HashMap<>();");
        j.line("private static final List<String> UIDS;");
        j.line("");
        j.open("static {");
        j.line("List<String> uids = new ArrayList<>();");
        j.open("for (String[] row : rows()) {");
        j.line("BY_UID.put(row[0], row);");
        j.line("uids.add(row[0]);");
        j.close("}");
        j.line("UIDS = List.copyOf(uids);");
        j.close("}");
        j.line("");
        j.open("private SopClasses() {");
        j.close("}");
        j.line("");
        j.line("/** The name of the Composite IOD (CIOD) of a SOP Class, e.g. {@code CT Image}, or null when unknown. */");
        j.open("public static String iod(String sopClassUid) {");
        j.line("String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);");
        j.line("return row == null ? null : row[2];");
        j.close("}");
        j.line("");
        j.line("/** The name of a SOP Class, e.g. {@code CT Image Storage}, or null when unknown. */");
        j.open("public static String name(String sopClassUid) {");
        j.line("String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);");
        j.line("return row == null ? null : row[1];");
        j.close("}");
        j.line("");
        j.line("/** Every SOP Class UID of the list, ordered numerically. */");
        j.open("public static List<String> uids() {");
        j.line("return UIDS;");
        j.close("}");
        j.line("");
        List<String> expressions = new ArrayList<>();
        for (SopClassRow row : rows) {
            expressions.add("new String[] {" + JavaSource.literal(row.uid()) + ", " + JavaSource.literal(row.name())
                    + ", " + JavaSource.literal(row.iod()) + "}");
        }
        j.chunkedList("String[]", "rows", expressions, 400);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "SopClasses", j);
    }
}
