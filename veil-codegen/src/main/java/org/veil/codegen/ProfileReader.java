package org.veil.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code json/confidentiality_profile_attributes.json} (PS3.15 Table E.1-1). Every row becomes a rule, sorted
 * by tag, except the {@code (GGGG,EEEE) WHERE GGGG IS ODD} row, which is returned apart. Names have their white
 * space collapsed (one name holds blank lines before a note reference). Unknown columns, action
 * codes or tag shapes, a duplicate tag, or a second private row throw.
 */
final class ProfileReader {
    static final String SOURCE = "json/confidentiality_profile_attributes.json";
    static final String PRIVATE_TAG = "(GGGG,EEEE) WHERE GGGG IS ODD";
    /** Any odd group: the private attributes row as a tag and mask. */
    static final TagPattern ODD_GROUPS = new TagPattern(0x00010000, 0x00010000, PRIVATE_TAG);

    /** Table E.1-1 column to ProfileOption constant, in ProfileOption order. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();
    /** Table E.1-1 action code to ProfileAction constant. */
    private static final Map<String, String> ACTIONS = new HashMap<>();

    static {
        OPTIONS.put("rtnSafePrivOpt", "RETAIN_SAFE_PRIVATE");
        OPTIONS.put("rtnUIDsOpt", "RETAIN_UIDS");
        OPTIONS.put("rtnDevIdOpt", "RETAIN_DEVICE_IDENTITY");
        OPTIONS.put("rtnInstIdOpt", "RETAIN_INSTITUTION_IDENTITY");
        OPTIONS.put("rtnPatCharsOpt", "RETAIN_PATIENT_CHARACTERISTICS");
        OPTIONS.put("rtnLongFullDatesOpt", "RETAIN_LONG_FULL_DATES");
        OPTIONS.put("rtnLongModifDatesOpt", "RETAIN_LONG_MODIFIED_DATES");
        OPTIONS.put("cleanDescOpt", "CLEAN_DESCRIPTORS");
        OPTIONS.put("cleanStructContOpt", "CLEAN_STRUCTURED_CONTENT");
        OPTIONS.put("cleanGraphOpt", "CLEAN_GRAPHICS");
        for (String code : List.of("D", "Z", "X", "K", "C", "U", "Z/D", "X/D", "X/Z", "X/Z/D", "X/Z/U*")) {
            ACTIONS.put(code, code.replace("/", "_").replace("*", "_STAR"));
        }
    }

    /**
     * The table.
     *
     * @param rules             every row but the private one, sorted by tag
     * @param privateAttributes the private attributes row
     * @param sourceRows        the number of rows in the source
     */
    record Table(List<ProfileRow> rules, ProfileRow privateAttributes, int sourceRows) {
    }

    private ProfileReader() {
    }

    static Table read(SourceFile source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(source.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": not JSON", e);
        }
        List<ProfileRow> rules = new ArrayList<>();
        ProfileRow privateRow = null;
        for (int i = 0; i < root.size(); i++) {
            ProfileRow row = row(root.get(i), source + " row " + i);
            if (row.pattern() != ODD_GROUPS) {
                rules.add(row);
            } else if (privateRow == null) {
                privateRow = row;
            } else {
                throw new IllegalStateException(source + " row " + i + ": a second " + PRIVATE_TAG + " row");
            }
        }
        if (privateRow == null) {
            throw new IllegalStateException(source + ": no " + PRIVATE_TAG + " row");
        }
        rules.sort(Comparator.comparingLong((ProfileRow r) -> Integer.toUnsignedLong(r.pattern().tag()))
                .thenComparingLong(r -> Integer.toUnsignedLong(r.pattern().mask())));
        for (int i = 1; i < rules.size(); i++) {
            if (rules.get(i).pattern().tag() == rules.get(i - 1).pattern().tag()
                    && rules.get(i).pattern().mask() == rules.get(i - 1).pattern().mask()) {
                throw new IllegalStateException(source + ": tag " + rules.get(i).pattern().text() + " twice");
            }
        }
        return new Table(List.copyOf(rules), privateRow, root.size());
    }

    private static ProfileRow row(JsonNode node, String where) {
        String tagText = text(node, "tag", where);
        where = where + " " + tagText;
        TagPattern pattern = tagText.equals(PRIVATE_TAG) ? ODD_GROUPS : TagPattern.parse(tagText, where);
        String name = text(node, "name", where).strip().replaceAll("\\s+", " ");
        text(node, "id", where);
        boolean inIod = switch (text(node, "stdCompIOD", where)) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalStateException(where + ": stdCompIOD must be Y or N");
        };
        String basic = action(text(node, "basicProfile", where), where);
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
            if (node.has(option.getKey())) {
                options.put(option.getValue(), action(text(node, option.getKey(), where), where));
            }
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!OPTIONS.containsKey(field) && !List.of("tag", "name", "id", "stdCompIOD", "basicProfile")
                    .contains(field)) {
                throw new IllegalStateException(where + ": unknown column '" + field + "'");
            }
        }
        return new ProfileRow(pattern, name, inIod, basic, Collections.unmodifiableMap(options));
    }

    private static String action(String code, String where) {
        String constant = ACTIONS.get(code);
        if (constant == null) {
            throw new IllegalStateException(where + ": unknown action code '" + code + "'");
        }
        return constant;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException(where + ": field '" + field + "' is not a string");
        }
        return value.asText();
    }
}
