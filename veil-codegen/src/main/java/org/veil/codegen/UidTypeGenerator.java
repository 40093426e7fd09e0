package org.veil.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes the {@code UidType} enum: the UID types that occur in the registry, in {@link UidTypes} order. */
final class UidTypeGenerator {

    private UidTypeGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        Set<String> present = new LinkedHashSet<>();
        for (UidRow row : catalog.rows()) {
            present.add(row.type());
        }
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.line("/**");
        j.line(" * The UID types of PS3.6 Annex A: the UID Type column of Table A-1 and of the Template UID table, and");
        j.line(" * {@link #CONTEXT_GROUP} for Table A-3.");
        j.line(" */");
        j.open("public enum UidType {");
        List<String> used = inKnownOrder(present);
        for (int i = 0; i < used.size(); i++) {
            String text = used.get(i);
            j.javadoc("UID type \"" + text + "\".");
            j.line(UidTypes.constant(text) + "(" + JavaSource.literal(text) + ")" + (i + 1 < used.size() ? "," : ";"));
        }
        j.line("");
        j.line("private final String text;");
        j.line("");
        j.open("UidType(String text) {");
        j.line("this.text = text;");
        j.close("}");
        j.line("");
        j.line("/** The type as PS3.6 writes it, e.g. {@code Transfer Syntax}. */");
        j.open("public String text() {");
        j.line("return text;");
        j.close("}");
        j.line("");
        j.line("/** The type for its PS3.6 text; throws IllegalArgumentException naming an unknown text. */");
        j.open("public static UidType ofText(String text) {");
        j.open("for (UidType t : values()) {");
        j.open("if (t.text.equals(text)) {");
        j.line("return t;");
        j.close("}");
        j.close("}");
        j.line("throw new IllegalArgumentException(\"unknown UID type '\" + text + \"'\");");
        j.close("}");
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "UidType", j);
    }

    /** The known types that are present, in the known order. */
    private static List<String> inKnownOrder(Set<String> present) {
        List<String> ordered = new ArrayList<>();
        for (String text : UidTypes.all()) {
            if (present.contains(text)) {
                ordered.add(text);
            }
        }
        return ordered;
    }
}
