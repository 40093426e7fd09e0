package org.veil.codegen;

import java.util.List;

/** Writes {@code Tags}: one {@code int} constant per keyword of PS3.6, in tag order (data only). */
final class TagsGenerator {
    static final String PACKAGE = "org.veil.dicom.dict";

    private TagsGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<AttributeRow> rows) {
        JavaSource j = new JavaSource(PACKAGE, List.of(source));
        long count = rows.stream().filter(r -> !r.keyword().isEmpty()).count();
        j.line("/**");
        j.line(" * The tags of the PS3.6 data dictionary as constants named by keyword (" + count + " keywords).");
        j.line(" * A repeating group or range uses its first member: {@code OverlayData} is (6000,3000); see");
        j.line(" * {@link StandardDictionary#entry(int)} for matching the others. Rows without a keyword have no constant.");
        j.line(" */");
        j.open("public final class Tags {");
        for (AttributeRow row : rows) {
            if (row.keyword().isEmpty()) {
                continue;
            }
            j.javadoc(description(row));
            j.line("public static final int " + row.keyword() + " = " + JavaSource.hex(row.pattern().tag()) + ";");
        }
        j.line("");
        j.open("private Tags() {");
        j.close("}");
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, PACKAGE, "Tags", j);
    }

    private static String description(AttributeRow row) {
        String vr = row.vrs().isEmpty() ? "none" : row.vrText();
        String vm = row.vm().isEmpty() ? "none" : row.vm();
        return row.pattern().text() + " " + row.name() + ": VR " + vr + ", VM " + vm
                + (row.retired() ? ", retired." : ".");
    }
}
