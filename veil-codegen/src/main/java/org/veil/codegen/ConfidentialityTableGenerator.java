package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@code ConfidentialityTable}: the rows of PS3.15 Table E.1-1 as {@code ProfileRule}s. */
final class ConfidentialityTableGenerator {
    static final String PACKAGE = "org.veil.profile";
    private static final int PER_PART = 200;

    private ConfidentialityTableGenerator() {
    }

    static GeneratedFile generate(SourceFile source, ProfileReader.Table table) {
        JavaSource j = new JavaSource(PACKAGE, List.of(source));
        j.lines(CODE.formatted(table.rules().size(), table.sourceRows(), expression(table.privateAttributes()),
                ProfileReader.PRIVATE_TAG));
        j.indent();
        List<String> expressions = new ArrayList<>();
        for (ProfileRow row : table.rules()) {
            expressions.add(expression(row));
        }
        j.chunkedList("ProfileRule", "rows", expressions, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.PROFILE_ROOT, PACKAGE, "ConfidentialityTable", j);
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

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;

            /**
             * PS3.15 Table E.1-1, Application Level Confidentiality Profile Attributes: %d rules in tag order and the
             * private attributes row, %d rows in all.
             */
            public final class ConfidentialityTable {
                private static final int EXACT = ProfileRule.EXACT;
                private static final boolean IN_IOD = true;
                private static final boolean NOT_IN_IOD = false;
                private static final List<ProfileRule> RULES = List.copyOf(rows());
                private static final ProfileRule PRIVATE_ATTRIBUTES = %s;

                private ConfidentialityTable() {
                }

                /** Every row of Table E.1-1 except the private attributes row, ordered by tag. */
                public static List<ProfileRule> rules() {
                    return RULES;
                }

                /**
                 * The row {@code %s}. Its mask matches every odd group, including 0001-0007 and
                 * FFFF, which PS3.5 Section 7.8 does not count as private: test with
                 * {@code org.veil.dicom.Tag.isPrivate} before applying it.
                 */
                public static ProfileRule privateAttributes() {
                    return PRIVATE_ATTRIBUTES;
                }
            """;
}
