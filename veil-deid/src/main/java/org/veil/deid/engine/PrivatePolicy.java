package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.VR;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.SafePrivateElement;
import org.veil.profile.SafePrivateTable;

/**
 * Private elements: removed (Table E.1-1, "(gggg,eeee) where gggg is odd": X) unless a user's private dictionary says
 * otherwise, or Retain Safe Private is selected and the element is in PS3.15 Table E.3.10-1, in which case it is kept
 * with the treatment of its VR (UIDs remapped, dates shifted). The dictionary comes first, so it can also remove an
 * element the table calls safe. Private elements without a creator are always removed.
 */
final class PrivatePolicy {
    static final Rule CREATOR = new Rule(PrivateCreatorAction.INSTANCE, "private creator (kept while its block is)");

    /** A dictionary entry or a safe table row, compiled. */
    private record Known(String creator, int group, int offset, Rule rule) {
    }

    private final Rule removeAll;
    private final Rule orphan = new Rule(RemoveAction.INSTANCE, "private element without creator");
    private final Map<String, List<Known>> known = new HashMap<>();

    /**
     * @param retainSafe whether Retain Safe Private is selected
     * @param dictionary the user's private dictionary
     * @param actions    the action for each dictionary action (KEEP is also used for safe table rows)
     */
    PrivatePolicy(boolean retainSafe, PrivateDictionary dictionary, Map<PrivateDictionary.PrivateAction, Action> actions) {
        this.removeAll = new Rule(RemoveAction.INSTANCE, "E.1-1 " + ConfidentialityTable.privateAttributes().name()
                + " X");
        for (PrivateDictionary.Entry d : dictionary.entries()) {
            Action a = new TypedPrivateAction(d.vr(), actions.get(d.action()));
            add(new Known(d.creator(), d.group(), d.offset(), new Rule(a, "private dictionary " + d.source() + ": "
                    + d.action().name().toLowerCase().replace('_', '-'))));
        }
        if (retainSafe) {
            Action keep = actions.get(PrivateDictionary.PrivateAction.KEEP);
            for (SafePrivateElement s : SafePrivateTable.elements()) {
                Rule r = new Rule(new TypedPrivateAction(vr(s.vr()), keep), "E.3.10-1 safe private " + s.creator()
                        + " " + String.format("(%04X,xx%02X)", s.group(), s.elementOffset()));
                add(new Known(s.creator(), s.group(), s.elementOffset(), r));
            }
        }
    }

    private void add(Known k) {
        known.computeIfAbsent(k.creator(), c -> new ArrayList<>()).add(k);
    }

    /** The table's VR when it gives exactly one, else null. */
    private static VR vr(String text) {
        return text.length() == 2 && VR.ofCode(text.charAt(0) << 8 | text.charAt(1)) != null ? VR.of(text) : null;
    }

    Rule orphan() {
        return orphan;
    }

    Rule rule(String creator, int tag, VR vr) {
        List<Known> candidates = known.get(creator);
        if (candidates != null) {
            int element = tag & 0xFFFF;
            for (Known k : candidates) {
                if (tag >>> 16 == k.group() && (element & 0xFF) == k.offset() && element >= 0x1000) {
                    return k.rule();
                }
            }
        }
        return removeAll;
    }
}
