package org.veil.codegen;

import java.util.List;

/** Writes {@code Uids}: a {@code String} constant per named UID, named by its derived keyword, in UID order. */
final class UidsGenerator {

    private UidsGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.line("/**");
        j.line(" * The named UIDs of {@link UidRegistry} as constants (" + catalog.keywords().size() + "), named by a");
        j.line(" * keyword derived from the UID name: {@code CTImageStorage}, {@code ExplicitVRLittleEndian}. Where two");
        j.line(" * names give the same keyword, the retired one ends in {@code Retired}. Unnamed UIDs (context groups,");
        j.line(" * templates) have no constant.");
        j.line(" */");
        j.open("public final class Uids {");
        for (UidRow row : catalog.rows()) {
            String keyword = catalog.keyword(row);
            if (keyword.isEmpty()) {
                continue;
            }
            boolean saysRetired = row.name().endsWith("(Retired)");
            j.javadoc(row.name() + ", " + row.type() + (row.retired() && !saysRetired ? ", retired." : "."));
            j.line("public static final String " + keyword + " = " + JavaSource.literal(row.uid()) + ";");
        }
        j.line("");
        j.open("private Uids() {");
        j.close("}");
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "Uids", j);
    }
}
