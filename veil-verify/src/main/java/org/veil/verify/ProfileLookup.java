package org.veil.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileAdditions;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;

/**
 * What PS3.15 Table E.1-1, with the engine's {@link ProfileAdditions}, does to an attribute under the selected
 * options, reduced to what verification needs: whether the attribute is kept ({@code K}) or removed, emptied, replaced
 * or cleaned (its original value must then not appear in the output).
 */
final class ProfileLookup {
    private final Map<Integer, ProfileAction> exact = new HashMap<>();
    private final List<ProfileRule> masked = new ArrayList<>();
    private final Set<ProfileOption> options;
    private final ProfileAction privateAction;

    ProfileLookup(Set<ProfileOption> options) {
        this.options = Set.copyOf(options);
        List<ProfileRule> rows = new ArrayList<>(ConfidentialityTable.rules());
        rows.addAll(ProfileAdditions.RULES);
        for (ProfileRule r : rows) {
            if (r.mask() == ProfileRule.EXACT) {
                exact.put(r.tag(), resolve(r));
            } else {
                masked.add(r);
            }
        }
        privateAction = resolve(ConfidentialityTable.privateAttributes());
    }

    private ProfileAction resolve(ProfileRule r) {
        ProfileAction chosen = null;
        for (ProfileOption o : options) {
            ProfileAction a = r.option(o);
            if (a == ProfileAction.K) {
                return a;
            }
            if (a != null) {
                chosen = a;
            }
        }
        return chosen != null ? chosen : r.basic();
    }

    /** The action for a public tag, or null when the table does not list it. */
    ProfileAction action(int tag) {
        ProfileAction a = exact.get(tag);
        if (a != null) {
            return a;
        }
        for (ProfileRule r : masked) {
            if (r.matches(tag)) {
                return resolve(r);
            }
        }
        return null;
    }

    /** True when the profile removes (rather than keeps or cleans) private attributes. */
    boolean removesPrivate() {
        return privateAction == ProfileAction.X;
    }

    /** True when the original value of a listed public attribute must not survive. */
    boolean replaces(int tag) {
        ProfileAction a = action(tag);
        return a != null && a != ProfileAction.K;
    }

    /** True when the attribute's UIDs are replaced (action U). */
    boolean replacesUid(int tag) {
        ProfileAction a = action(tag);
        return a == ProfileAction.U || a == ProfileAction.X_Z_U_STAR;
    }
}
