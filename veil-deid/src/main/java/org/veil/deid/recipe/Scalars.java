package org.veil.deid.recipe;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads values from YAML nodes, recording a located problem and returning null when a node has the wrong shape.
 * Text is the scalar as written (so {@code 0029} stays {@code 0029} and {@code NO} stays {@code NO}); integers and
 * booleans must be plain YAML integers and {@code true}/{@code false}.
 */
final class Scalars {
    private Scalars() {
    }

    /** The text of a scalar; a problem for nothing ({@code ~} or an empty value), a list or a mapping. */
    static String text(Node node, Problems problems) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        problems.add(node, "expected text, found " + describe(node));
        return null;
    }

    /** A plain decimal integer. */
    static Integer integer(Node node, Problems problems) {
        if (node instanceof ScalarNode s && Tag.INT.equals(s.getTag()) && s.getValue().matches("[-+]?[0-9]{1,9}")) {
            return Integer.parseInt(s.getValue());
        }
        problems.add(node, "expected an integer, found " + describe(node));
        return null;
    }

    /** {@code true} or {@code false} (YAML 1.1's yes/no/on/off are refused: they are too easy to misread). */
    static Boolean bool(Node node, Problems problems) {
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
        }
        problems.add(node, "expected true or false, found " + describe(node));
        return null;
    }

    /** The items of a list. */
    static List<Node> list(Node node, Problems problems) {
        if (node instanceof SequenceNode q) {
            return q.getValue();
        }
        problems.add(node, "expected a list, found " + describe(node));
        return null;
    }

    /** The items of a list, or the node itself when it is a single scalar ({@code modality: CT}). */
    static List<Node> oneOrList(Node node, Problems problems) {
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        return list(node, problems);
    }

    /**
     * One of a fixed set of words, e.g. an action.
     *
     * @param what  what the word names, for the message: {@code unknown action 'erase' (valid: remove, ...)}
     * @param valid the words in the order to list them
     */
    static <E> E choice(Node node, String what, Map<String, E> valid, Problems problems) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        E e = valid.get(text);
        if (e == null) {
            problems.add(node, "unknown " + what + " '" + text + "' (valid: " + String.join(", ", valid.keySet()) + ")"
                    + Suggestion.hint(text, valid.keySet()));
        }
        return e;
    }

    /** How a node reads in a message: {@code a mapping}, {@code a list}, {@code nothing} or {@code 'text'}. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        return Tag.NULL.equals(s.getTag()) ? "nothing" : "'" + s.getValue() + "'";
    }

    /** The enum constant's recipe spelling: {@code REMAP_UID} is {@code remap-uid}. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Every constant of an enum by its recipe spelling, in declaration order. */
    static <E extends Enum<E>> Map<String, E> spellings(Class<E> type) {
        Map<String, E> m = new java.util.LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(spelling(e), e);
        }
        return m;
    }

    /** A fixed set of words, each standing for itself, for {@link #choice}. */
    static Map<String, String> words(List<String> valid) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        valid.forEach(v -> m.put(v, v));
        return m;
    }
}
