package org.veil.codegen;

import java.util.List;

/** Joins fields into one {@code |}-separated text line for the compact tables, refusing fields that hold a {@code |}. */
final class RowText {
    static final String SEPARATOR = "|";

    private RowText() {
    }

    static String of(String where, String... fields) {
        for (String field : fields) {
            if (field.contains(SEPARATOR) || field.contains("\n")) {
                throw new IllegalStateException(where + ": field '" + field + "' holds '|' or a line end");
            }
        }
        return String.join(SEPARATOR, List.of(fields));
    }
}
