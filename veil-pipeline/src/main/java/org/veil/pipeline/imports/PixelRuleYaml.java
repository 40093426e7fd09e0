package org.veil.pipeline.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link PixelRuleDraft}s as pixel rules (docs/pixel-rules.md). Device fields go to their signature keys
 * (manufacturer, model, software, modality, sopClass, rows, columns), every other attribute under
 * {@code attributes}. Several tests of one attribute are joined into one regular expression of look-aheads, so all
 * must hold. A draft whose tests contradict each other (two different Rows, absent and a value) can never match and
 * is returned by {@link #contradiction} instead of being written.
 */
final class PixelRuleYaml {
    private static final Map<String, String> DEVICE_KEYS = Map.of("Manufacturer", "manufacturer",
            "ManufacturerModelName", "model", "SoftwareVersions", "software", "Modality", "modality",
            "SOPClassUID", "sopClass");

    private PixelRuleYaml() {
    }

    /** Why the draft can never match, or null. */
    static String contradiction(PixelRuleDraft d) {
        for (List<PixelCondition> same : byAttribute(d).values()) {
            if (same.size() < 2) {
                continue;
            }
            boolean allRegex = same.stream().allMatch(c -> c.kind() == PixelCondition.Kind.REGEX);
            boolean sameNumber = same.stream().allMatch(c -> c.kind() == PixelCondition.Kind.NUMBER)
                    && same.stream().map(PixelCondition::value).distinct().count() == 1;
            boolean samePresence = same.stream().map(PixelCondition::kind).distinct().count() == 1
                    && same.get(0).kind() != PixelCondition.Kind.NUMBER && same.get(0).kind() != PixelCondition.Kind.REGEX;
            if (!allRegex && !sameNumber && !samePresence) {
                return "its tests of " + same.get(0).attribute() + " exclude each other";
            }
        }
        return null;
    }

    /** The YAML text: {@code header} lines as comments, then {@code rules:}. */
    static String write(List<String> header, List<PixelRuleDraft> drafts) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append("# ").append(h).append('\n');
        }
        sb.append("rules:\n");
        if (drafts.isEmpty()) {
            sb.setLength(sb.length() - 1);
            sb.append(" []\n");
        }
        for (PixelRuleDraft d : drafts) {
            rule(sb, d);
        }
        return sb.toString();
    }

    private static void rule(StringBuilder sb, PixelRuleDraft d) {
        sb.append("  - name: ").append(quote(d.name())).append('\n');
        sb.append("    source: ").append(quote(d.source())).append('\n');
        Map<String, List<PixelCondition>> by = byAttribute(d);
        if (!by.isEmpty()) {
            sb.append("    match:\n");
            List<String> others = new ArrayList<>();
            for (Map.Entry<String, List<PixelCondition>> e : by.entrySet()) {
                String key = signatureKey(e.getKey(), e.getValue());
                if (key == null) {
                    others.add(e.getKey());
                } else {
                    sb.append("      ").append(key).append(": ").append(value(e.getValue())).append('\n');
                }
            }
            if (!others.isEmpty()) {
                sb.append("      attributes:\n");
                for (String a : others) {
                    sb.append("        ").append(quote(a)).append(": ").append(value(by.get(a))).append('\n');
                }
            }
        }
        sb.append("    regions:\n");
        for (int[] r : d.regions()) {
            sb.append("      - [").append(r[0]).append(", ").append(r[1]).append(", ").append(r[2]).append(", ")
                    .append(r[3]).append("]\n");
        }
    }

    private static String signatureKey(String attribute, List<PixelCondition> tests) {
        PixelCondition.Kind kind = tests.get(0).kind();
        if ((attribute.equals("Rows") || attribute.equals("Columns")) && kind == PixelCondition.Kind.NUMBER) {
            return attribute.toLowerCase();
        }
        return kind == PixelCondition.Kind.REGEX ? DEVICE_KEYS.get(attribute) : null;
    }

    private static String value(List<PixelCondition> tests) {
        PixelCondition first = tests.get(0);
        switch (first.kind()) {
            case NUMBER:
                return first.value();
            case ABSENT:
                return "{absent: true}";
            case EMPTY:
                return "{empty: true}";
            default:
                if (tests.size() == 1) {
                    return "{regex: " + quote(first.value()) + "}";
                }
                StringBuilder all = new StringBuilder();
                for (PixelCondition c : tests) {
                    all.append("(?=(?:").append(c.value()).append(")\\z)");
                }
                return "{regex: " + quote(all + "(?s).*") + "}";
        }
    }

    private static Map<String, List<PixelCondition>> byAttribute(PixelRuleDraft d) {
        Map<String, List<PixelCondition>> by = new LinkedHashMap<>();
        for (PixelCondition c : d.conditions()) {
            List<PixelCondition> same = by.computeIfAbsent(c.attribute(), k -> new ArrayList<>());
            if (!same.contains(c)) {
                same.add(c);
            }
        }
        return by;
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
