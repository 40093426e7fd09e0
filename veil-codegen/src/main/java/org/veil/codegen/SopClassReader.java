package org.veil.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code json/sops.json} (SOP Class UID, name, CIOD) sorted by UID; every field must be a non-empty string. */
final class SopClassReader {
    static final String SOURCE = "json/sops.json";
    private static final Set<String> FIELDS = Set.of("name", "id", "ciod");

    private SopClassReader() {
    }

    static List<SopClassRow> read(SourceFile source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(source.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": not JSON", e);
        }
        if (!root.isArray()) {
            throw new IllegalStateException(source + ": expected a JSON array");
        }
        List<SopClassRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String where = source + " row " + i;
            Set<String> fields = new TreeSet<>();
            node.fieldNames().forEachRemaining(fields::add);
            if (!fields.equals(FIELDS)) {
                throw new IllegalStateException(where + ": fields " + fields + ", expected " + new TreeSet<>(FIELDS));
            }
            SopClassRow row = new SopClassRow(text(node, "id", where), text(node, "name", where),
                    text(node, "ciod", where));
            UidRow.checkUid(row.uid(), where);
            if (!seen.add(row.uid())) {
                throw new IllegalStateException(where + ": UID " + row.uid() + " twice");
            }
            rows.add(row);
        }
        rows.sort((a, b) -> UidRow.compareUids(a.uid(), b.uid()));
        return List.copyOf(rows);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(where + ": field '" + field + "' is not a non-empty string");
        }
        return value.asText();
    }
}
