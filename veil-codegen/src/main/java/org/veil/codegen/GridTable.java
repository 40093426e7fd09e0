package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * An RST grid table ({@code +---+---+} borders, {@code |} separated cells) split into rows of cells, each cell being
 * its text lines with the surrounding blanks trimmed. Column widths come from the first border line; cell text is
 * split on {@code |}, not by column position, because zero-width spaces shift the visible columns.
 *
 * <p>Only tables without row or column spans are supported: a content line with a different number of cells, or a
 * {@code |} inside a cell, throws naming the line.
 *
 * @param table   the directive the rows come from
 * @param widths  the content width of each column (the border's dashes less the two padding blanks)
 * @param header  the header rows (above the {@code +===+} line)
 * @param rows    the body rows
 * @param lineOf  the body line index of the first line of each body row, for messages
 */
record GridTable(RstTable table, List<Integer> widths, List<List<List<String>>> header,
        List<List<List<String>>> rows, List<Integer> lineOf) {

    static GridTable parse(RstTable table) {
        List<String> lines = table.lines();
        if (lines.isEmpty() || !lines.get(0).trim().startsWith("+")) {
            throw new IllegalStateException(table.where(0) + ": '" + table.title() + "' is not a grid table");
        }
        List<Integer> widths = widths(lines.get(0).trim());
        List<List<List<String>>> header = List.of();
        List<List<List<String>>> rows = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        List<List<String>> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("+")) {
                if (current == null) {
                    current = emptyRow(widths.size());
                    lineOf.add(i);
                }
                addLine(current, cells(table, i, line, widths.size()));
                continue;
            }
            if (current != null) {
                rows.add(current);
                current = null;
            }
            if (line.contains("=")) {
                header = List.copyOf(rows);
                rows.clear();
                lineOf.clear();
            }
        }
        if (current != null) {
            throw new IllegalStateException(table.where(lines.size() - 1) + ": table ends without a border line");
        }
        return new GridTable(table, widths, header, List.copyOf(rows), List.copyOf(lineOf));
    }

    private static List<List<String>> emptyRow(int columns) {
        List<List<String>> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            row.add(new ArrayList<>());
        }
        return row;
    }

    private static void addLine(List<List<String>> row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.get(c).add(cells.get(c));
        }
    }

    /** Where a body row starts, for messages. */
    String where(int row) {
        return table.where(lineOf.get(row));
    }

    private static List<Integer> widths(String border) {
        List<Integer> widths = new ArrayList<>();
        for (String dashes : border.substring(1).split("\\+")) {
            widths.add(dashes.length() - 2);
        }
        return List.copyOf(widths);
    }

    private static List<String> cells(RstTable table, int index, String line, int columns) {
        if (!line.startsWith("|") || !line.endsWith("|")) {
            throw new IllegalStateException(table.where(index) + ": not a grid table line: " + line);
        }
        String[] parts = line.substring(1, line.length() - 1).split("\\|", -1);
        if (parts.length != columns) {
            throw new IllegalStateException(table.where(index) + ": " + parts.length + " cells, expected " + columns
                    + " (spans or '|' in a cell are not supported)");
        }
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.strip());
        }
        return cells;
    }
}
