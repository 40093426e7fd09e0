package org.veil.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes the {@code UidType} enum: the UID types that occur in the registry, in {@link UidTypes} order. */
final class UidTypeGenerator {

    private UidTypeGenerator() {
    }

    static GeneratedFile generate(List<SourceFile> sources, UidCatalog catalog) {
        Set<String> present = new HashSet<>();
        for (UidRow row : catalog.rows()) {
            present.add(row.type());
        }
        List<String> constants = new ArrayList<>();
        for (String text : UidTypes.all()) {
            if (present.contains(text)) {
                constants.add("/** UID type \"" + JavaSource.doc(text) + "\". */");
                constants.add(UidTypes.constant(text) + "(" + JavaSource.literal(text) + "),");
            }
        }
        String last = constants.remove(constants.size() - 1);
        constants.add(last.substring(0, last.length() - 1) + ";");
        JavaSource j = new JavaSource(TagsGenerator.PACKAGE, sources);
        j.lines(HEAD);
        j.indent();
        constants.forEach(j::line);
        j.close("");
        j.lines(TAIL);
        return GeneratedFile.of(GeneratedFile.DICOM_ROOT, TagsGenerator.PACKAGE, "UidType", j);
    }

    private static final String HEAD = """
            /**
             * The UID types of PS3.6 Annex A: the UID Type column of Table A-1 and of the Template UID table, and
             * {@link #CONTEXT_GROUP} for Table A-3.
             */
            public enum UidType {""";

    private static final String TAIL = """
                private final String text;

                UidType(String text) {
                    this.text = text;
                }

                /** The type as PS3.6 writes it, e.g. {@code Transfer Syntax}. */
                public String text() {
                    return text;
                }
            }""";
}
