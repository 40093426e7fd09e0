package org.veil.deid.recipe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.engine.LookupTable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a lookup rule's {@code table} and {@code miss}. The table is {@code file.csv} or
 * {@code {file: ..., key: COLUMN, value: COLUMN}}, relative to the recipe's directory: CSV (RFC 4180 quoting) or, for
 * {@code .tsv} and {@code .tab}, tab-separated; UTF-8; the first line names the columns (key and value default to the
 * first two); lines starting with {@code #} are comments. A key listed twice is an error. {@code miss} is
 * {@code pseudonym}, {@code quarantine} (the default: fail closed) or {@code {value: TEXT}}.
 */
final class LookupSection {
    static final List<String> TABLE_KEYS = List.of("file", "key", "value");
    private static final Map<String, LookupTable.Miss> MISSES = Map.of("pseudonym", LookupTable.Miss.PSEUDONYM,
            "quarantine", LookupTable.Miss.QUARANTINE);

    private final Problems problems;
    private final Path baseDir;

    LookupSection(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    LookupTable parse(Node table, Node miss) {
        String file;
        String keyColumn = null;
        String valueColumn = null;
        if (table instanceof ScalarNode) {
            file = Scalars.text(table, problems);
        } else {
            Fields f = Fields.of(table, "a lookup table", TABLE_KEYS, problems);
            if (f == null) {
                return null;
            }
            if (!f.has("file")) {
                problems.add(table, "a lookup table needs 'file'");
                return null;
            }
            file = Scalars.text(f.value("file"), problems);
            keyColumn = f.has("key") ? Scalars.text(f.value("key"), problems) : null;
            valueColumn = f.has("value") ? Scalars.text(f.value("value"), problems) : null;
        }
        LookupTable.Miss policy = LookupTable.Miss.QUARANTINE;
        String missValue = null;
        if (miss instanceof ScalarNode) {
            policy = Scalars.choice(miss, "miss policy", MISSES, problems);
        } else if (miss != null) {
            Fields m = Fields.of(miss, "a miss policy", List.of("value"), problems);
            if (m == null || !m.has("value")) {
                problems.add(miss, "miss is pseudonym, quarantine or {value: TEXT}");
                return null;
            }
            policy = LookupTable.Miss.VALUE;
            missValue = Scalars.text(m.value("value"), problems);
        }
        if (file == null || policy == null || policy == LookupTable.Miss.VALUE && missValue == null) {
            return null;
        }
        Map<String, String> entries = read(table, file, keyColumn, valueColumn);
        return entries == null ? null : new LookupTable(file, entries, policy, missValue);
    }

    private Map<String, String> read(Node at, String file, String keyColumn, String valueColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(baseDir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(at, "cannot read lookup table " + file + (e instanceof java.nio.file.NoSuchFileException
                    ? ": no such file" : ": " + e.getMessage()));
            return null;
        }
        char sep = file.endsWith(".tsv") || file.endsWith(".tab") ? '\t' : ',';
        List<String> header = null;
        int k = 0;
        int v = 1;
        Map<String, String> entries = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = split(line, sep);
            if (header == null) {
                header = cells;
                k = keyColumn == null ? 0 : header.indexOf(keyColumn);
                v = valueColumn == null ? 1 : header.indexOf(valueColumn);
                if (k < 0 || v < 0 || header.size() < 2) {
                    problems.add(at, "lookup table " + file + " line " + (i + 1) + ": the header needs the key and "
                            + "value columns (found " + String.join(", ", header) + ")");
                    return null;
                }
                continue;
            }
            if (cells.size() <= Math.max(k, v) || cells.get(k).isBlank()) {
                problems.add(at, "lookup table " + file + " line " + (i + 1) + ": a row needs a key and a value");
                return null;
            }
            if (entries.put(cells.get(k).strip(), cells.get(v).strip()) != null) {
                problems.add(at, "lookup table " + file + " line " + (i + 1) + ": the key of this row is listed "
                        + "before");
                return null;
            }
        }
        return entries;
    }

    /** One line's cells; double quotes protect separators, {@code ""} is a quote. */
    static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
