package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.deid.engine.FilterDecision;
import org.veil.deid.engine.InstanceFilter;
import org.veil.dicom.Tag;
import org.veil.profile.ProfileOption;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads {@code filters}: a list of {@code when} (sop-class, modality, attribute values; all given must match),
 * {@code unless} (options that disable the filter), {@code then} (process, skip or reject) and {@code reason}.
 * SOP classes are UIDs, UID prefixes ending in {@code *}, or PS3.4 names such as {@code CT Image Storage}.
 */
final class FilterSection {
    static final List<String> KEYS = List.of("when", "unless", "then", "reason");
    static final List<String> WHEN_KEYS = List.of("sop-class", "modality", "attribute");
    static final Map<String, FilterDecision> DECISIONS = Scalars.spellings(FilterDecision.class);

    private final Problems problems;

    FilterSection(Problems problems) {
        this.problems = problems;
    }

    List<InstanceFilter> parse(Node node) {
        List<InstanceFilter> filters = new ArrayList<>();
        List<Node> items = Scalars.list(node, problems);
        if (items != null) {
            for (Node item : items) {
                InstanceFilter f = filter(item);
                if (f != null) {
                    filters.add(f);
                }
            }
        }
        return filters;
    }

    private InstanceFilter filter(Node node) {
        Fields f = Fields.of(node, "a filter", KEYS, problems);
        if (f == null) {
            return null;
        }
        if (!f.has("then")) {
            problems.add(node, "a filter needs 'then' (" + String.join(", ", DECISIONS.keySet()) + ")");
        }
        Fields when = f.has("when") ? when(f.value("when")) : null;
        Set<String> sopClasses = when != null && when.has("sop-class") ? sopClasses(when.value("sop-class")) : Set.of();
        Set<String> modalities = when != null && when.has("modality") ? modalities(when.value("modality")) : Set.of();
        Map<Integer, String> attributes = when != null && when.has("attribute")
                ? attributes(when.value("attribute")) : Map.of();
        Set<ProfileOption> unless = f.has("unless") ? options(f.value("unless")) : Set.of();
        FilterDecision then = f.has("then") ? Scalars.choice(f.value("then"), "decision", DECISIONS, problems) : null;
        String reason = f.has("reason") ? Scalars.text(f.value("reason"), problems)
                : "matched the filter at " + problems.where(node);
        if (then == null || reason == null || sopClasses == null || modalities == null || attributes == null
                || unless == null || f.has("when") && when == null) {
            return null;
        }
        return new InstanceFilter(sopClasses, modalities, attributes, unless, then, reason, problems.where(node));
    }

    private Fields when(Node node) {
        Fields when = Fields.of(node, "'when'", WHEN_KEYS, problems);
        if (when != null && when.node().getValue().isEmpty()) {
            problems.add(node, "empty 'when' (leave it out to match every instance)");
            return null;
        }
        return when;
    }

    private Set<String> sopClasses(Node node) {
        List<Node> items = nodes(node);
        if (items == null) {
            return null;
        }
        Set<String> uids = new LinkedHashSet<>();
        boolean ok = true;
        for (Node n : items) {
            String text = Scalars.text(n, problems);
            String uid = text == null ? null : sopClass(text, n);
            ok &= uid != null;
            uids.add(uid);
        }
        return ok ? uids : null;
    }

    private String sopClass(String text, Node node) {
        try {
            return SopClassNames.resolve(text);
        } catch (InvalidValue e) {
            problems.add(node, e);
            return null;
        }
    }

    private Set<String> modalities(Node node) {
        List<Node> items = nodes(node);
        if (items == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        boolean ok = true;
        for (Node n : items) {
            String text = Scalars.text(n, problems);
            if (text != null && !text.matches("[A-Z0-9_ ]{1,16}")) {
                problems.add(n, "modality '" + text + "' is not a code string (upper case letters, digits, "
                        + "underscore; at most 16 characters), e.g. CT");
                text = null;
            }
            ok &= text != null;
            out.add(text);
        }
        return ok ? out : null;
    }

    private Map<Integer, String> attributes(Node node) {
        if (!(node instanceof MappingNode m)) {
            problems.add(node, "expected attribute values (a mapping such as {BurnedInAnnotation: \"YES\"}), found "
                    + Scalars.describe(node));
            return null;
        }
        if (m.getValue().isEmpty()) {
            problems.add(node, "empty attribute values (leave 'attribute' out to match any instance)");
            return null;
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<Integer, Node> first = new HashMap<>();
        boolean ok = true;
        for (NodeTuple t : m.getValue()) {
            Integer tag = attributeTag(t.getKeyNode());
            String value = Scalars.text(t.getValueNode(), problems);
            if (tag != null && first.containsKey(tag)) {
                problems.add(t.getKeyNode(), "duplicate attribute " + AttributeNames.describe(tag) + " (first at "
                        + Problems.at(first.get(tag)) + ")");
                tag = null;
            }
            ok &= tag != null && value != null;
            if (tag != null) {
                first.put(tag, t.getKeyNode());
                out.put(tag, value);
            }
        }
        return ok ? out : null;
    }

    private Integer attributeTag(Node key) {
        String text = Scalars.text(key, problems);
        if (text == null) {
            return null;
        }
        try {
            int tag = AttributeNames.resolve(text);
            if (!Tag.isPrivate(tag)) {
                return tag;
            }
            problems.add(key, Tag.format(tag) + " is private: filters test standard attributes");
        } catch (InvalidValue e) {
            problems.add(key, e);
        }
        return null;
    }

    private Set<ProfileOption> options(Node node) {
        List<Node> items = nodes(node);
        if (items == null) {
            return null;
        }
        Set<ProfileOption> out = new LinkedHashSet<>();
        boolean ok = true;
        for (Node n : items) {
            ProfileOption o = Scalars.choice(n, "option", RecipeParser.OPTIONS, problems);
            ok &= o != null;
            out.add(o);
        }
        return ok ? out : null;
    }

    /** One value or a non-empty list of them; null (with a problem) otherwise, so the filter is not made. */
    private List<Node> nodes(Node node) {
        List<Node> list = Scalars.oneOrList(node, problems);
        if (list != null && list.isEmpty()) {
            problems.add(node, "empty list (leave the key out to match any value)");
            return null;
        }
        return list;
    }
}
