package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@code ConfidentialityTable}: the rows of PS3.15 Table E.1-1 as {@code ProfileRule}s. */
final class ConfidentialityTableGenerator {
    static final String PACKAGE = "org.veil.deid.profile";
    private static final int PER_PART = 200;

    private ConfidentialityTableGenerator() {
    }

    static GeneratedFile generate(SourceFile source, ProfileReader.Table table) {
        JavaSource j = new JavaSource(PACKAGE, List.of(source));
        j.line("import java.util.ArrayList;");
        j.line("import java.util.List;");
        j.line("import java.util.Map;");
        j.line("");
        j.line("/**");
        j.line(" * PS3.15 Table E.1-1, Application Level Confidentiality Profile Attributes: " + table.rules().size()
                + " rules in tag order");
        j.line(" * and the private attributes row, " + table.sourceRows() + " rows in all.");
        j.line(" */");
        j.open("public final class ConfidentialityTable {");
        j.line("private static final int EXACT = ProfileRule.EXACT;");
        j.line("private static final boolean IN_IOD = true;");
        j.line("private static final boolean NOT_IN_IOD = false;");
        j.line("private static final List<ProfileRule> RULES = List.copyOf(rows());");
        j.line("private static final ProfileRule PRIVATE_ATTRIBUTES = " + expression(table.privateAttributes()) + ";");
        j.line("");
        j.open("private ConfidentialityTable() {");
        j.close("}");
        j.line("");
        j.line("/** Every row of Table E.1-1 except the private attributes row, ordered by tag. */");
        j.open("public static List<ProfileRule> rules() {");
        j.line("return RULES;");
        j.close("}");
        j.line("");
        j.line("/**");
        j.line(" * The row {@code " + ProfileReader.PRIVATE_TAG + "}. Its mask matches every odd group, including");
        j.line(" * 0001-0007 and FFFF, which PS3.5 Section 7.8 does not count as private: test with");
        j.line(" * {@code org.veil.dicom.Tag.isPrivate} before applying it.");
        j.line(" */");
        j.open("public static ProfileRule privateAttributes() {");
        j.line("return PRIVATE_ATTRIBUTES;");
        j.close("}");
        j.line("");
        List<String> expressions = new ArrayList<>();
        for (ProfileRow row : table.rules()) {
            expressions.add(expression(row));
        }
        j.chunkedList("ProfileRule", "rows", expressions, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DEID_ROOT, PACKAGE, "ConfidentialityTable", j);
    }

    private static String expression(ProfileRow row) {
        TagPattern p = row.pattern();
        List<String> options = new ArrayList<>();
        for (Map.Entry<String, String> e : row.options().entrySet()) {
            options.add("ProfileOption." + e.getKey() + ", ProfileAction." + e.getValue());
        }
        if (options.size() > 10) {
            throw new IllegalStateException(p.text() + ": more than 10 options do not fit Map.of");
        }
        return "new ProfileRule(" + JavaSource.hex(p.tag()) + ", " + (p.exact() ? "EXACT" : JavaSource.hex(p.mask()))
                + ", " + JavaSource.literal(row.name()) + ", " + (row.inStdCompIod() ? "IN_IOD" : "NOT_IN_IOD")
                + ", ProfileAction." + row.basic() + ", Map.of(" + String.join(", ", options) + "))";
    }
}
