package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code UidRegistry}: every registered UID with name, keyword, type and retired flag, one text line per UID
 * parsed once at class initialisation, looked up through a hash map.
 */
final class UidRegistryGenerator {
    static final int PER_PART = 500;

    private UidRegistryGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.lines(CODE.formatted(catalog.rows().size()));
        j.indent();
        List<String> lines = new ArrayList<>();
        for (UidRow row : catalog.rows()) {
            lines.add(RowText.of(row.where(), row.uid(), row.name(), catalog.keyword(row), UidTypes.constant(row.type()),
                    row.retired() ? "R" : "C"));
        }
        j.textBlocks("PART", lines, PER_PART);
        j.close("}");
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "UidRegistry", j);
    }

    private static final String CODE = """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;

            /**
             * The UIDs registered in PS3.6 Annex A (%d entries: Table A-1, the well-known frames of reference, the
             * Table A-3 context groups, the template UIDs) and the SOP Classes of the SOP class list that this
             * edition of PS3.6 lacks. One line per UID: UID | name | keyword | {@link UidType} | {@code R} retired or
             * {@code C} current.
             */
            public final class UidRegistry {
                private static final List<UidEntry> ALL = List.copyOf(rows());
                private static final Map<String, UidEntry> BY_UID = new HashMap<>(ALL.size() * 2);

                static {
                    for (UidEntry e : ALL) {
                        BY_UID.put(e.uid(), e);
                    }
                }

                private UidRegistry() {
                }

                /** The entry for a UID (given without trailing padding), or null when it is not registered. */
                public static UidEntry lookup(String uid) {
                    return uid == null ? null : BY_UID.get(uid);
                }

                /** True when the UID is registered (current or retired). */
                public static boolean isRegistered(String uid) {
                    return lookup(uid) != null;
                }

                /** Every entry, ordered numerically by UID. */
                public static List<UidEntry> all() {
                    return ALL;
                }

                private static List<UidEntry> rows() {
                    List<UidEntry> rows = new ArrayList<>();
                    for (String part : parts()) {
                        TableText t = new TableText("UidRegistry", part);
                        while (t.nextLine()) {
                            rows.add(new UidEntry(t.field(), t.field(), t.field(), UidType.valueOf(t.field()),
                                    t.flagField('R')));
                        }
                    }
                    return rows;
                }""";
}
