package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes {@code SopClasses}: the name and Composite IOD of each SOP Class of {@code sops.json}. */
final class SopClassesGenerator {

    private SopClassesGenerator() {
    }

    static GeneratedFile generate(SourceFile source, List<SopClassRow> rows) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, List.of(source));
        j.lines(CODE.formatted(rows.size()));
        j.indent();
        List<String> expressions = new ArrayList<>();
        for (SopClassRow row : rows) {
            expressions.add("new String[] {" + JavaSource.literal(row.uid()) + ", " + JavaSource.literal(row.name())
                    + ", " + JavaSource.literal(row.iod()) + "}");
        }
        j.chunkedList("String[]", "rows", expressions, 400);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "SopClasses", j);
    }

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;

            /** The %d SOP Classes of the SOP class list with their name and Composite IOD. */
            public final class SopClasses {
                private static final Map<String, String[]> BY_UID = new HashMap<>();
                private static final List<String> UIDS;

                static {
                    List<String> uids = new ArrayList<>();
                    for (String[] row : rows()) {
                        BY_UID.put(row[0], row);
                        uids.add(row[0]);
                    }
                    UIDS = List.copyOf(uids);
                }

                private SopClasses() {
                }

                /** The name of the Composite IOD (CIOD) of a SOP Class, e.g. {@code CT Image}, or null when unknown. */
                public static String iod(String sopClassUid) {
                    String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);
                    return row == null ? null : row[2];
                }

                /** The name of a SOP Class, e.g. {@code CT Image Storage}, or null when unknown. */
                public static String name(String sopClassUid) {
                    String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);
                    return row == null ? null : row[1];
                }

                /** Every SOP Class UID of the list, ordered numerically. */
                public static List<String> uids() {
                    return UIDS;
                }
            """;
}
