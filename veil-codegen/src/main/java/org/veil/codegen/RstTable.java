package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of one {@code .. table:: Title} directive of an RST file: the indented lines after the title up to the
 * first blank line.
 *
 * @param source    the file, for messages
 * @param title     the directive's title
 * @param firstLine the 1-based line number of the first body line
 * @param lines     the body lines, with their indentation
 */
record RstTable(SourceFile source, String title, int firstLine, List<String> lines) {

    private static final String DIRECTIVE = ".. table::";

    /**
     * The table with this title.
     *
     * @throws IllegalStateException when the file has no such table, or more than one
     */
    static RstTable find(SourceFile source, String title) {
        List<RstTable> found = all(source).stream().filter(t -> t.title.equals(title)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(source + ": expected one table '" + title + "', found " + found.size());
        }
        return found.get(0);
    }

    /** Every table directive of the file, in order. */
    static List<RstTable> all(SourceFile source) {
        List<String> lines = source.lines();
        List<RstTable> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (!trimmed.startsWith(DIRECTIVE)) {
                continue;
            }
            String title = trimmed.substring(DIRECTIVE.length()).trim();
            int start = i + 1;
            while (start < lines.size() && lines.get(start).isBlank()) {
                start++;
            }
            int end = start;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            tables.add(new RstTable(source, title, start + 1, List.copyOf(lines.subList(start, end))));
            i = end - 1;
        }
        return tables;
    }

    /** Where a body line is, for messages: {@code file:line}. */
    String where(int bodyIndex) {
        return source.name() + ":" + (firstLine + bodyIndex);
    }
}
