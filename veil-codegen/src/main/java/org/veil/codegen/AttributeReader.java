package org.veil.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code json/attributes.json} into {@link AttributeRow}s sorted by tag, checking every row's shape.
 *
 * <p>Known shapes besides the plain ones: repeating tags (see {@link TagPattern}); VRs {@code US or SS},
 * {@code OB or OW}, {@code US or SS or OW}, {@code US or OW} (any {@code or} list of known VRs); an empty VR and VM
 * on retired rows; {@code See Note 2} for the items and delimiters of group FFFE, which have no VR; rows without a
 * keyword. Anything else, a duplicate tag or keyword, overlapping repeating patterns or a private tag throws.
 */
final class AttributeReader {
    static final String SOURCE = "json/attributes.json";
    static final Set<String> VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
            "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL",
            "UN", "UR", "US", "UT", "UV");
    private static final Set<String> FIELDS = Set.of("tag", "name", "keyword", "valueRepresentation",
            "valueMultiplicity", "retired", "id");
    private static final Pattern VM = Pattern.compile("[1-9][0-9]*(-([1-9][0-9]*n?|n))?( or [1-9][0-9]*)?");
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final String NO_VR_NOTE = "See Note 2";

    private AttributeReader() {
    }

    static List<AttributeRow> read(SourceFile source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(source.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": not JSON", e);
        }
        if (!root.isArray()) {
            throw new IllegalStateException(source + ": expected a JSON array");
        }
        List<AttributeRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            rows.add(row(root.get(i), source + " row " + i));
        }
        rows.sort(Comparator.comparingLong((AttributeRow r) -> Integer.toUnsignedLong(r.pattern().tag()))
                .thenComparingLong(r -> -Integer.toUnsignedLong(r.pattern().mask())));
        checkUnique(rows, source);
        return List.copyOf(rows);
    }

    private static AttributeRow row(JsonNode node, String where) {
        Set<String> fields = new TreeSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(FIELDS)) {
            throw new IllegalStateException(where + ": fields " + fields + ", expected " + new TreeSet<>(FIELDS));
        }
        String tagText = text(node, "tag", where);
        where = where + " " + tagText;
        TagPattern pattern = TagPattern.parse(tagText, where);
        if ((pattern.tag() >>> 16 & 1) == 1) {
            throw new IllegalStateException(where + ": private tag in the standard dictionary");
        }
        String keyword = text(node, "keyword", where);
        if (!keyword.isEmpty() && !KEYWORD.matcher(keyword).matches()) {
            throw new IllegalStateException(where + ": keyword '" + keyword + "' is not an identifier");
        }
        boolean retired = retired(text(node, "retired", where), where);
        String vrText = text(node, "valueRepresentation", where);
        String vm = text(node, "valueMultiplicity", where);
        List<String> vrs = vrs(vrText, pattern, retired, where);
        if (!(vm.isEmpty() && vrText.isEmpty()) && !VM.matcher(vm).matches()) {
            throw new IllegalStateException(where + ": unknown VM '" + vm + "'");
        }
        return new AttributeRow(pattern, keyword, text(node, "name", where), vrs, vrText, vm, retired);
    }

    private static List<String> vrs(String text, TagPattern pattern, boolean retired, String where) {
        if (text.isEmpty()) {
            if (!retired) {
                throw new IllegalStateException(where + ": empty VR on a current attribute");
            }
            return List.of();
        }
        if (text.equals(NO_VR_NOTE)) {
            if (pattern.tag() >>> 16 != 0xFFFE) {
                throw new IllegalStateException(where + ": '" + NO_VR_NOTE + "' outside group FFFE");
            }
            return List.of();
        }
        List<String> vrs = Arrays.asList(text.split(" or ", -1));
        for (String vr : vrs) {
            if (!VRS.contains(vr)) {
                throw new IllegalStateException(where + ": unknown VR '" + text + "'");
            }
        }
        return List.copyOf(vrs);
    }

    private static boolean retired(String text, String where) {
        return switch (text) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalStateException(where + ": retired must be Y or N, was '" + text + "'");
        };
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException(where + ": field '" + field + "' is not a string");
        }
        return value.asText();
    }

    private static void checkUnique(List<AttributeRow> rows, SourceFile source) {
        Map<String, String> keywords = new HashMap<>();
        Map<Integer, String> tags = new HashMap<>();
        List<TagPattern> repeating = new ArrayList<>();
        for (AttributeRow row : rows) {
            String tag = row.pattern().text();
            if (!row.keyword().isEmpty() && keywords.putIfAbsent(row.keyword(), tag) != null) {
                throw new IllegalStateException(source + ": keyword " + row.keyword() + " on " + tag + " and "
                        + keywords.get(row.keyword()));
            }
            if (row.pattern().exact()) {
                if (tags.putIfAbsent(row.pattern().tag(), tag) != null) {
                    throw new IllegalStateException(source + ": tag " + tag + " twice");
                }
                continue;
            }
            for (TagPattern other : repeating) {
                if (other.overlaps(row.pattern())) {
                    throw new IllegalStateException(source + ": repeating " + tag + " overlaps " + other.text());
                }
            }
            repeating.add(row.pattern());
        }
    }
}
