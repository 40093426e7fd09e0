package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code UidRegistry}: every registered UID with name, keyword, type and retired flag, looked up by UID. */
final class UidRegistryGenerator {
    static final int PER_PART = 400;

    private UidRegistryGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.line("import java.util.ArrayList;");
        j.line("import java.util.HashMap;");
        j.line("import java.util.List;");
        j.line("import java.util.Map;");
        j.line("");
        j.line("/**");
        j.line(" * The UIDs registered in PS3.6 Annex A (" + catalog.rows().size() + " entries: Table A-1, the");
        j.line(" * well-known frames of reference, Table A-3 context groups, the template UIDs) and the SOP Classes of");
        j.line(" * the SOP class list that this edition of PS3.6 lacks.");
        j.line(" */");
        j.open("public final class UidRegistry {");
        j.line("private static final boolean RETIRED = true;");
        j.line("private static final boolean CURRENT = false;");
        j.line("private static final List<UidEntry> ALL = List.copyOf(rows());");
        j.line("private static final Map<String, UidEntry> BY_UID = new HashMap<>(ALL.size() * 2);");
        j.line("");
        j.open("static {");
        j.open("for (UidEntry e : ALL) {");
        j.line("BY_UID.put(e.uid(), e);");
        j.close("}");
        j.close("}");
        j.line("");
        j.open("private UidRegistry() {");
        j.close("}");
        j.line("");
        j.line("/** The entry for a UID (given without trailing padding), or null when it is not registered. */");
        j.open("public static UidEntry lookup(String uid) {");
        j.line("return uid == null ? null : BY_UID.get(uid);");
        j.close("}");
        j.line("");
        j.line("/** True when the UID is registered (current or retired). */");
        j.open("public static boolean isRegistered(String uid) {");
        j.line("return lookup(uid) != null;");
        j.close("}");
        j.line("");
        j.line("/** Every entry, ordered numerically by UID. */");
        j.open("public static List<UidEntry> all() {");
        j.line("return ALL;");
        j.close("}");
        j.line("");
        List<String> expressions = new ArrayList<>();
        for (UidRow row : catalog.rows()) {
            expressions.add("new UidEntry(" + JavaSource.literal(row.uid()) + ", " + JavaSource.literal(row.name())
                    + ", " + JavaSource.literal(catalog.keyword(row)) + ", UidType." + UidTypes.constant(row.type())
                    + ", " + (row.retired() ? "RETIRED" : "CURRENT") + ")");
        }
        j.chunkedList("UidEntry", "rows", expressions, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "UidRegistry", j);
    }
}
