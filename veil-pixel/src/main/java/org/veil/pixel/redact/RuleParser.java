package org.veil.pixel.redact;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Rect;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads redaction rules from YAML (format in docs/pixel-rules.md). Every error names the source and line:
 * {@code us-rules.yaml:7: region needs 4 numbers x, y, width, height}.
 */
public final class RuleParser {
    private static final Set<String> RULE_KEYS = Set.of("name", "source", "match", "regions", "fill");
    private static final Set<String> MATCH_KEYS = Set.of("manufacturer", "model", "software", "sopClass", "modality",
            "rows", "columns", "attributes");

    private final String source;

    private RuleParser(String source) {
        this.source = source;
    }

    public static List<RedactionRule> parse(String text, String source) throws RuleFormatException {
        return parse(new StringReader(text), source);
    }

    public static List<RedactionRule> parse(Reader reader, String source) throws RuleFormatException {
        RuleParser p = new RuleParser(source);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleFormatException(source + ":" + line + ": not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new RuleFormatException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        Map<String, Node> top = p.mapping(root, Set.of("rules"));
        Node rules = top.get("rules");
        if (rules == null) {
            throw p.error(root, "expected a top-level 'rules:' list");
        }
        List<RedactionRule> out = new ArrayList<>();
        for (Node n : p.sequence(rules)) {
            out.add(p.rule(n));
        }
        return List.copyOf(out);
    }

    private RedactionRule rule(Node n) throws RuleFormatException {
        Map<String, Node> m = mapping(n, RULE_KEYS);
        String name = m.containsKey("name") ? scalar(m.get("name")) : "rule at line " + line(n);
        DeviceSignature sig = m.containsKey("match") ? signature(m.get("match")) : DeviceSignature.ANY;
        if (!m.containsKey("regions")) {
            throw error(n, "rule '" + name + "' has no 'regions'");
        }
        List<Rect> regions = new ArrayList<>();
        for (Node r : sequence(m.get("regions"))) {
            regions.add(region(r));
        }
        FillValue fill = m.containsKey("fill") ? fill(m.get("fill")) : FillValue.black();
        String from = m.containsKey("source") ? scalar(m.get("source")) : "";
        return new RedactionRule(name, sig, regions, fill, from);
    }

    private DeviceSignature signature(Node n) throws RuleFormatException {
        Map<String, Node> m = mapping(n, MATCH_KEYS);
        Map<Integer, FieldMatch> attributes = m.containsKey("attributes") ? attributes(m.get("attributes")) : Map.of();
        return new DeviceSignature(match(m.get("manufacturer")), match(m.get("model")), match(m.get("software")),
                match(m.get("sopClass")), match(m.get("modality")), integer(m.get("rows")), integer(m.get("columns")),
                attributes);
    }

    /** {@code attributes:} keyword or {@code (gggg,eeee)} to a field match; unknown keywords are errors. */
    private Map<Integer, FieldMatch> attributes(Node n) throws RuleFormatException {
        if (!(n instanceof MappingNode mn)) {
            throw error(n, "expected a mapping (key: value)");
        }
        Map<Integer, FieldMatch> out = new HashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode());
            int tag = AttributeKey.tag(key);
            if (tag == -1) {
                throw error(t.getKeyNode(), "unknown attribute '" + key + "' (a DICOM keyword or (gggg,eeee))");
            }
            if (out.put(tag, match(t.getValueNode())) != null) {
                throw error(t.getKeyNode(), "attribute '" + key + "' appears twice");
            }
        }
        return out;
    }

    private FieldMatch match(Node n) throws RuleFormatException {
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode) {
            return FieldMatch.exact(scalar(n));
        }
        Map<String, Node> m = mapping(n, Set.of("regex", "exact", "absent", "empty"));
        if (m.size() != 1) {
            throw error(n, "a field is a string, {exact: ...}, {regex: ...}, {absent: true} or {empty: true}");
        }
        if (m.containsKey("absent") || m.containsKey("empty")) {
            Node flag = m.containsKey("absent") ? m.get("absent") : m.get("empty");
            if (!"true".equals(scalar(flag))) {
                throw error(flag, "absent and empty take the value true");
            }
            return m.containsKey("absent") ? FieldMatch.absent() : FieldMatch.empty();
        }
        if (m.containsKey("exact")) {
            return FieldMatch.exact(scalar(m.get("exact")));
        }
        try {
            return FieldMatch.regex(scalar(m.get("regex")));
        } catch (PatternSyntaxException e) {
            throw error(m.get("regex"), "bad regular expression: " + e.getDescription());
        }
    }

    private Rect region(Node n) throws RuleFormatException {
        int[] v = new int[4];
        if (n instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            if (items.size() != 4) {
                throw error(n, "region needs 4 numbers x, y, width, height, not " + items.size());
            }
            for (int i = 0; i < 4; i++) {
                v[i] = integer(items.get(i));
            }
        } else {
            Map<String, Node> m = mapping(n, Set.of("x", "y", "width", "height"));
            String[] keys = {"x", "y", "width", "height"};
            for (int i = 0; i < 4; i++) {
                if (!m.containsKey(keys[i])) {
                    throw error(n, "region lacks '" + keys[i] + "'");
                }
                v[i] = integer(m.get(keys[i]));
            }
        }
        if (v[2] <= 0 || v[3] <= 0) {
            throw error(n, "region width and height must be positive");
        }
        return new Rect(v[0], v[1], v[2], v[3]);
    }

    private FillValue fill(Node n) throws RuleFormatException {
        try {
            if (n instanceof ScalarNode) {
                String s = scalar(n);
                return switch (s) {
                    case "black" -> FillValue.black();
                    case "white" -> FillValue.white();
                    default -> throw error(n, "fill is black, white, {gray: 0..1}, {rgb: [r, g, b]} or "
                            + "{samples: [...]}, not '" + s + "'");
                };
            }
            Map<String, Node> m = mapping(n, Set.of("gray", "rgb", "samples"));
            if (m.size() != 1) {
                throw error(n, "fill needs exactly one of gray, rgb, samples");
            }
            if (m.containsKey("gray")) {
                return FillValue.gray(Double.parseDouble(scalar(m.get("gray"))));
            }
            List<Node> items = sequence(m.containsKey("rgb") ? m.get("rgb") : m.get("samples"));
            long[] values = new long[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = integer(items.get(i));
            }
            if (m.containsKey("rgb")) {
                if (values.length != 3) {
                    throw error(n, "rgb needs 3 numbers");
                }
                return FillValue.rgb((int) values[0], (int) values[1], (int) values[2]);
            }
            return FillValue.samples(values);
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    private Map<String, Node> mapping(Node n, Set<String> allowed) throws RuleFormatException {
        if (!(n instanceof MappingNode m)) {
            throw error(n, "expected a mapping (key: value)");
        }
        Map<String, Node> out = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' (expected one of " + allowed + ")");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "key '" + key + "' appears twice");
            }
        }
        return out;
    }

    private List<Node> sequence(Node n) throws RuleFormatException {
        if (!(n instanceof SequenceNode s)) {
            throw error(n, "expected a list");
        }
        return s.getValue();
    }

    private String scalar(Node n) throws RuleFormatException {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, "expected a single value");
        }
        return s.getValue();
    }

    private Integer integer(Node n) throws RuleFormatException {
        if (n == null) {
            return null;
        }
        String s = scalar(n);
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw error(n, "expected an integer, not '" + s + "'");
        }
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private RuleFormatException error(Node n, String message) {
        return new RuleFormatException(source + ":" + line(n) + ": " + message);
    }
}
