package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Veil recipe being assembled by a translator, written as YAML (docs/recipes.md) by {@link #toYaml}. Rules are
 * keyed by their selector, so a later rule for the same attribute replaces an earlier one unless the translator
 * decides otherwise ({@link #rule(String, Rule)} returns the one it replaced).
 */
public final class RecipeDraft {
    /**
     * One rule: {@code selector} is the YAML of its selector ({@code tag: PatientID}); {@code extra} the YAML keys after
     * the action ({@code value: "X"}); {@code line} the input line, written as a comment.
     */
    public record Rule(String selector, String action, List<String> extra, int line) {
        public Rule {
            extra = List.copyOf(extra);
        }
    }

    private final List<String> description = new ArrayList<>();
    private final Set<String> options = new LinkedHashSet<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<String> strictAllow = new ArrayList<>();
    private final List<String> pixelRules = new ArrayList<>();
    private boolean strict;

    public void describe(String line) {
        description.add(line);
    }

    public void option(String cliName) {
        options.add(cliName);
    }

    /** Selects the strict policy for unlisted attributes, allowing these keywords. */
    public void strict(List<String> allow) {
        strict = true;
        strictAllow.addAll(allow);
    }

    public void pixelRules(String source) {
        pixelRules.add(source);
    }

    /** Adds or replaces the rule for its selector; returns the replaced one, or null. */
    public Rule rule(String key, Rule rule) {
        return rules.put(key, rule);
    }

    public Rule rule(String key) {
        return rules.get(key);
    }

    public boolean hasRule(String key) {
        return rules.containsKey(key);
    }

    /** The recipe as YAML. */
    public String toYaml(List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append("# ").append(h).append('\n');
        }
        sb.append("veil-recipe: 1\n");
        if (!description.isEmpty()) {
            sb.append("description: ").append(quote(String.join("\n", description))).append('\n');
        }
        if (!options.isEmpty()) {
            sb.append("options: [").append(String.join(", ", options)).append("]\n");
        }
        if (strict) {
            sb.append("unlisted:\n  policy: strict\n  allow: [");
            for (int i = 0; i < strictAllow.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(strictAllow.get(i));
            }
            sb.append("]\n");
        }
        if (!pixelRules.isEmpty()) {
            sb.append("pixel-rules: [");
            for (int i = 0; i < pixelRules.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quote(pixelRules.get(i)));
            }
            sb.append("]\n");
        }
        if (!rules.isEmpty()) {
            sb.append("rules:\n");
            for (Rule r : rules.values()) {
                sb.append("  - ").append(r.selector()).append("   # line ").append(r.line()).append('\n');
                sb.append("    action: ").append(r.action()).append('\n');
                for (String e : r.extra()) {
                    sb.append("    ").append(e).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
