package org.veil.deid.recipe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping whose keys have been checked against the keys allowed at its place: unknown keys (with the closest
 * valid one), duplicate keys and non-text keys are problems, and their values are ignored.
 */
final class Fields {
    private final MappingNode node;
    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

    private Fields(MappingNode node) {
        this.node = node;
    }

    /**
     * The checked fields of a mapping node, or null (with a problem) when the node is not a mapping.
     *
     * @param what  what the mapping is, for messages: {@code unknown key 'acton' in a rule (valid: ...)}
     * @param valid the keys allowed, in the order to list them
     */
    static Fields of(Node node, String what, List<String> valid, Problems problems) {
        if (!(node instanceof MappingNode m)) {
            problems.add(node, "expected " + what + " (a mapping), found " + Scalars.describe(node));
            return null;
        }
        Fields f = new Fields(m);
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode s)) {
                problems.add(k, "expected a key, found " + Scalars.describe(k));
                continue;
            }
            String key = s.getValue();
            NodeTuple first = f.tuples.get(key);
            if (first != null) {
                problems.add(k, "duplicate key '" + key + "' (first at " + Problems.at(first.getKeyNode()) + ")");
            } else if (!valid.contains(key)) {
                problems.add(k, "unknown key '" + key + "' in " + what + " (valid: " + String.join(", ", valid) + ")"
                        + Suggestion.hint(key, valid));
            } else {
                f.tuples.put(key, t);
            }
        }
        return f;
    }

    /** The mapping itself (its position is that of its first key). */
    MappingNode node() {
        return node;
    }

    boolean has(String key) {
        return tuples.containsKey(key);
    }

    /** The value of a key, or null when absent. */
    Node value(String key) {
        NodeTuple t = tuples.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** The key node itself (for problems about the key's presence), or null when absent. */
    Node key(String key) {
        NodeTuple t = tuples.get(key);
        return t == null ? null : t.getKeyNode();
    }
}
