package org.veil.deid.recipe;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.deid.engine.UnlistedPolicy;
import org.veil.dicom.Tag;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileRule;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code unlisted}: what happens to standard attributes PS3.15 Table E.1-1 does not list. {@code policy:
 * standard} keeps them (treated by VR); {@code policy: strict} removes all but the allow-list: the built-in
 * {@link StrictAllowList} (unless {@code built-in: false}) plus the keywords or tags under {@code allow}. An
 * {@code allow} entry that the table lists is an error: the table's action applies to it whatever the allow-list says,
 * so the entry would do nothing.
 */
final class UnlistedSection {
    static final List<String> KEYS = List.of("policy", "built-in", "allow");
    static final Map<String, UnlistedPolicy> POLICIES = Scalars.spellings(UnlistedPolicy.class);

    private final Problems problems;
    private UnlistedPolicy policy;
    private final Set<Integer> allow = new LinkedHashSet<>();

    UnlistedSection(Problems problems) {
        this.problems = problems;
    }

    void parse(Node node) {
        Fields f = Fields.of(node, "unlisted", KEYS, problems);
        if (f == null) {
            return;
        }
        if (!f.has("policy")) {
            problems.add(node, "unlisted needs a policy (" + String.join(", ", POLICIES.keySet()) + ")");
            return;
        }
        policy = Scalars.choice(f.value("policy"), "unlisted policy", POLICIES, problems);
        if (policy == UnlistedPolicy.STANDARD) {
            for (String k : List.of("built-in", "allow")) {
                if (f.has(k)) {
                    problems.add(f.key(k), k + " applies to policy strict only");
                }
            }
            return;
        }
        Boolean builtIn = f.has("built-in") ? Scalars.bool(f.value("built-in"), problems) : Boolean.TRUE;
        if (Boolean.TRUE.equals(builtIn)) {
            allow.addAll(StrictAllowList.tags());
        }
        if (f.has("allow")) {
            allow(f.value("allow"));
        }
    }

    private void allow(Node node) {
        List<Node> items = Scalars.list(node, problems);
        if (items == null) {
            return;
        }
        for (Node n : items) {
            String text = Scalars.text(n, problems);
            if (text == null) {
                continue;
            }
            try {
                allow.add(allowed(AttributeNames.resolve(text)));
            } catch (InvalidValue e) {
                problems.add(n, e);
            }
        }
    }

    private static int allowed(int tag) throws InvalidValue {
        if (Tag.isPrivate(tag)) {
            throw new InvalidValue(Tag.format(tag) + " is private: the allow-list governs standard attributes "
                    + "(private elements are removed unless a private rule or retain-safe-private keeps them)");
        }
        for (ProfileRule row : ConfidentialityTable.rules()) {
            if (row.matches(tag)) {
                throw new InvalidValue(AttributeNames.describe(tag) + " is in PS3.15 Table E.1-1 (" + row.name() + ": "
                        + row.basic().code() + "), so its action applies whatever the allow-list says; keep it with a "
                        + "rule instead");
            }
        }
        return tag;
    }

    /** The policy, or null when the recipe has no {@code unlisted} section (or it is invalid). */
    UnlistedPolicy policy() {
        return policy;
    }

    /** The allow-list's tags (empty unless strict). */
    Set<Integer> allowList() {
        return allow;
    }
}
