package org.veil.deid.recipe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.engine.IdentifierPolicy;
import org.veil.deid.pseudo.IdKind;
import org.veil.deid.pseudo.IdOptions;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code identifiers} ({@code pseudonymize}: keyed pseudonyms; {@code profile}: exactly the profile's Z or D)
 * and {@code pseudonyms}: a pattern per identifier kind ({@code patient-id}, {@code patient-name},
 * {@code accession-number}, {@code study-id}, {@code other-patient-id}), e.g. {@code STUDY1-{hash:12}}, each checked
 * against the VR of its attribute.
 */
final class PseudonymSection {
    static final Map<String, IdentifierPolicy> POLICIES = policies();
    static final Map<String, IdKind> KINDS = Scalars.spellings(IdKind.class);

    private final Problems problems;
    private IdentifierPolicy identifiers;
    private Node identifiersNode;
    private IdOptions idOptions;

    PseudonymSection(Problems problems) {
        this.problems = problems;
    }

    void identifiers(Node node) {
        identifiersNode = node;
        identifiers = Scalars.choice(node, "identifier policy", POLICIES, problems);
    }

    void pseudonyms(Node key, Node node) {
        if (identifiers == IdentifierPolicy.PROFILE_ONLY) {
            problems.add(key, "pseudonyms apply only with identifiers: pseudonymize (identifiers: profile at "
                    + Problems.at(identifiersNode) + ")");
            return;
        }
        Fields f = Fields.of(node, "pseudonyms", List.copyOf(KINDS.keySet()), problems);
        if (f == null) {
            return;
        }
        IdOptions.Builder b = IdOptions.builder();
        boolean ok = true;
        for (Map.Entry<String, IdKind> k : KINDS.entrySet()) {
            Node v = f.value(k.getKey());
            String pattern = v == null ? null : Scalars.text(v, problems);
            if (pattern == null) {
                ok &= v == null;
                continue;
            }
            try {
                b.pattern(k.getValue(), pattern);
            } catch (IllegalArgumentException e) {
                problems.add(v, k.getKey() + ": " + e.getMessage());
                ok = false;
            }
        }
        idOptions = ok ? b.build() : null;
    }

    private static Map<String, IdentifierPolicy> policies() {
        Map<String, IdentifierPolicy> m = new LinkedHashMap<>();
        m.put("pseudonymize", IdentifierPolicy.PSEUDONYMIZE);
        m.put("profile", IdentifierPolicy.PROFILE_ONLY);
        return m;
    }

    /** The policy, or null when the recipe does not say. */
    IdentifierPolicy identifiers() {
        return identifiers;
    }

    /** The patterns, or null when the recipe gives none. */
    IdOptions idOptions() {
        return idOptions;
    }
}
