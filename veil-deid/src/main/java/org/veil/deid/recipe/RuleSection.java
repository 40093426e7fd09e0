package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.engine.RuleOverride;
import org.veil.deid.engine.RuleOverride.OverrideAction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code rules}: a list of mappings, each with exactly one selector ({@code tag}, {@code path} or
 * {@code private}), an {@code action} and, for {@code replace} only, a {@code value}. Two rules with the same
 * selector are an error: one of them would never apply.
 */
final class RuleSection {
    static final List<String> KEYS = List.of("tag", "path", "private", "action", "value", "days", "table", "miss");
    static final Map<String, OverrideAction> ACTIONS = Scalars.spellings(OverrideAction.class);
    private static final List<String> SELECTORS = List.of("tag", "path", "private");

    private final Problems problems;
    private final Selectors selectors;
    private final Map<RuleOverride.Selector, Node> seen = new HashMap<>();
    private final LookupSection lookups;

    RuleSection(Problems problems, java.nio.file.Path baseDir) {
        this.problems = problems;
        this.selectors = new Selectors(problems);
        this.lookups = new LookupSection(problems, baseDir);
    }

    List<RuleOverride> parse(Node node) {
        List<RuleOverride> rules = new ArrayList<>();
        List<Node> items = Scalars.list(node, problems);
        if (items != null) {
            for (Node item : items) {
                RuleOverride r = rule(item);
                if (r != null) {
                    rules.add(r);
                }
            }
        }
        return rules;
    }

    private RuleOverride rule(Node node) {
        Fields f = Fields.of(node, "a rule", KEYS, problems);
        if (f == null) {
            return null;
        }
        RuleOverride.Selector selector = selector(f);
        if (!f.has("action")) {
            problems.add(node, "a rule needs an action (" + String.join(", ", ACTIONS.keySet()) + ")");
            return null;
        }
        OverrideAction action = Scalars.choice(f.value("action"), "action", ACTIONS, problems);
        String value = value(f, action);
        if (selector == null || action == null || action == OverrideAction.REPLACE && value == null) {
            return null;
        }
        if (!fits(action, selector, f) || value != null && !fits(value, selector, f)) {
            return null;
        }
        Integer days = days(f, action);
        org.veil.deid.engine.LookupTable table = table(f, action);
        if (f.has("days") && days == null || action == OverrideAction.LOOKUP && table == null) {
            return null;
        }
        return unique(selector, node) ? new RuleOverride(selector, action, value, problems.where(node), days, table)
                : null;
    }

    private Integer days(Fields f, OverrideAction action) {
        if (!f.has("days")) {
            return null;
        }
        if (action != OverrideAction.SHIFT_DATE) {
            problems.add(f.key("days"), "days apply only to action shift-date, not " + Scalars.spelling(action));
            return null;
        }
        Integer days = Scalars.integer(f.value("days"), problems);
        if (days != null && Math.abs(days) > org.veil.deid.pseudo.ShiftRange.LIMIT) {
            problems.add(f.value("days"), "days must lie within +-" + org.veil.deid.pseudo.ShiftRange.LIMIT);
            return null;
        }
        return days;
    }

    private org.veil.deid.engine.LookupTable table(Fields f, OverrideAction action) {
        for (String k : List.of("table", "miss")) {
            if (f.has(k) && action != OverrideAction.LOOKUP) {
                problems.add(f.key(k), k + " applies only to action lookup, not " + Scalars.spelling(action));
                return null;
            }
        }
        if (action != OverrideAction.LOOKUP) {
            return null;
        }
        if (!f.has("table")) {
            problems.add(f.value("action"), "action lookup needs a table");
            return null;
        }
        return lookups.parse(f.value("table"), f.has("miss") ? f.value("miss") : null);
    }

    private boolean fits(OverrideAction action, RuleOverride.Selector selector, Fields f) {
        try {
            ActionCheck.check(action, selector);
            return true;
        } catch (InvalidValue e) {
            problems.add(f.value("action"), e.getMessage());
            return false;
        }
    }

    private boolean fits(String value, RuleOverride.Selector selector, Fields f) {
        try {
            ActionCheck.value(value, selector);
            return true;
        } catch (InvalidValue e) {
            problems.add(f.value("value"), e.getMessage());
            return false;
        }
    }

    private RuleOverride.Selector selector(Fields f) {
        List<String> given = new ArrayList<>();
        for (String s : SELECTORS) {
            if (f.has(s)) {
                given.add(s);
            }
        }
        if (given.size() != 1) {
            problems.add(given.isEmpty() ? f.node() : f.key(given.get(1)), given.isEmpty()
                    ? "a rule needs one of tag, path or private"
                    : "a rule has one selector, found " + String.join(" and ", given));
            return null;
        }
        Node v = f.value(given.get(0));
        switch (given.get(0)) {
            case "tag":
                return selectors.tag(v);
            case "path":
                return selectors.path(v);
            default:
                return selectors.privateElement(v);
        }
    }

    private String value(Fields f, OverrideAction action) {
        if (action == OverrideAction.REPLACE && !f.has("value")) {
            problems.add(f.value("action"), "action replace needs a value");
            return null;
        }
        if (action != null && action != OverrideAction.REPLACE && f.has("value")) {
            problems.add(f.key("value"), "value applies only to action replace, not " + Scalars.spelling(action));
            return null;
        }
        return f.has("value") ? Scalars.text(f.value("value"), problems) : null;
    }

    private boolean unique(RuleOverride.Selector selector, Node node) {
        Node first = seen.putIfAbsent(selector, node);
        if (first != null) {
            problems.add(node, "duplicate rule for " + ActionCheck.describe(selector) + " (first at "
                    + Problems.at(first) + ")");
            return false;
        }
        return true;
    }
}
