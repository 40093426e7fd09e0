package org.veil.deid.engine;

import java.util.List;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;

/**
 * The compiled rules of a run: recipe path rules, private rules, exact tags in an int map, repeating-group rules in
 * a short list, and rules by VR for attributes the table does not list. Immutable and thread-safe.
 */
final class RuleMap {
    /** A rule for tags matching {@code (tag & mask) == value}. */
    record Masked(int value, int mask, Rule rule) {
    }

    /** A recipe rule for private elements of a creator. */
    record PrivateRule(RuleOverride.PrivateSelector selector, Rule rule) {
    }

    /** A recipe rule for a sequence path. */
    record PathRule(RuleOverride.PathSelector selector, Rule rule) {
    }

    // arrays, not lists: looked at for every element, and a for-each over a list makes an iterator each time
    private final PathRule[] paths;
    private final PrivateRule[] privates;
    private final IntMap<Rule> exact;
    private final Masked[] masked;
    private final PrivatePolicy privatePolicy;
    private final UnlistedRules unlisted;

    RuleMap(List<PathRule> paths, List<PrivateRule> privates, IntMap<Rule> exact, List<Masked> masked,
            PrivatePolicy privatePolicy, UnlistedRules unlisted) {
        this.paths = paths.toArray(new PathRule[0]);
        this.privates = privates.toArray(new PrivateRule[0]);
        this.exact = exact;
        this.masked = masked.toArray(new Masked[0]);
        this.privatePolicy = privatePolicy;
        this.unlisted = unlisted;
    }

    /** The rule for an element in its scope. */
    Rule resolve(DataElement e, ElementScope scope) {
        int tag = e.tag();
        if (paths.length > 0) {
            TagPath p = scope.path();
            for (PathRule r : paths) {
                if (r.selector().matches(p)) {
                    return r.rule();
                }
            }
        }
        if (Tag.isPrivate(tag)) {
            return resolvePrivate(e, scope);
        }
        Rule r = exact.get(tag);
        if (r != null) {
            return r;
        }
        for (Masked m : masked) {
            if ((tag & m.mask()) == m.value()) {
                return m.rule();
            }
        }
        return unlisted.rule(tag, e.vr());
    }

    private Rule resolvePrivate(DataElement e, ElementScope scope) {
        int tag = e.tag();
        if (Tag.isPrivateCreator(tag)) {
            return PrivatePolicy.CREATOR;
        }
        String creator = scope.instance().privateCreator(scope.dataset(), Tag.privateCreatorOf(tag));
        if (creator == null) {
            return privatePolicy.orphan();
        }
        for (PrivateRule r : privates) {
            if (r.selector().matches(creator, tag)) {
                return r.rule();
            }
        }
        return privatePolicy.rule(creator, tag, e.vr());
    }

    /** For tests and the change report: the rule a top-level element of this tag and VR would get. */
    Rule staticRule(int tag, VR vr) {
        Rule r = exact.get(tag);
        if (r != null) {
            return r;
        }
        for (Masked m : masked) {
            if ((tag & m.mask()) == m.value()) {
                return m.rule();
            }
        }
        return unlisted.rule(tag, vr);
    }
}
