package org.veil.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * An RST simple table ({@code ====  ====} rules, columns by position). Cells are cut at the column starts of the
 * first rule; the last column runs to the end of the line. Only one-line rows are supported: a row whose first cell
 * is blank (a continuation) throws.
 *
 * @param table  the directive the rows come from
 * @param header the header cells
 * @param rows   the body rows' cells, trimmed
 */
record SimpleTable(RstTable table, List<String> header, List<List<String>> rows) {

    static SimpleTable parse(RstTable table) {
        List<String> lines = table.lines();
        if (lines.size() < 3 || !lines.get(0).trim().startsWith("=")) {
            throw new IllegalStateException(table.where(0) + ": '" + table.title() + "' is not a simple table");
        }
        List<Integer> starts = new ArrayList<>();
        String rule = lines.get(0);
        for (int i = 0; i < rule.length(); i++) {
            if (rule.charAt(i) == '=' && (i == 0 || rule.charAt(i - 1) == ' ')) {
                starts.add(i);
            }
        }
        List<String> header = cut(lines.get(1), starts);
        if (!lines.get(2).equals(rule) || !lines.get(lines.size() - 1).equals(rule)) {
            throw new IllegalStateException(table.where(2) + ": expected the rule line '" + rule.trim() + "'");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 3; i < lines.size() - 1; i++) {
            List<String> cells = cut(lines.get(i), starts);
            if (cells.get(0).isEmpty()) {
                throw new IllegalStateException(table.where(i) + ": continuation rows are not supported");
            }
            rows.add(cells);
        }
        return new SimpleTable(table, header, List.copyOf(rows));
    }

    private static List<String> cut(String line, List<Integer> starts) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            int from = Math.min(starts.get(c), line.length());
            int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
            if (to > from && c + 1 < starts.size() && to < line.length() && line.charAt(to - 1) != ' ') {
                throw new IllegalStateException("text crosses a column boundary: " + line);
            }
            cells.add(line.substring(from, to).strip());
        }
        return List.copyOf(cells);
    }
}
