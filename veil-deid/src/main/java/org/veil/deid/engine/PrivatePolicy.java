package org.veil.deid.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.profile.ConfidentialityTable;
import org.veil.deid.profile.SafePrivateElement;
import org.veil.deid.profile.SafePrivateTable;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * Private elements: removed (Table E.1-1, "(gggg,eeee) where gggg is odd": X) unless Retain Safe Private is selected
 * and the element is in PS3.15 Table E.3.10-1 (or a user's private dictionary), in which case it is kept with the
 * treatment of its VR (UIDs remapped, dates shifted). Private elements without a creator are always removed.
 */
final class PrivatePolicy {
    static final Rule CREATOR = new Rule(PrivateCreatorAction.INSTANCE, "private creator (kept while its block is)");

    private final Rule removeAll;
    private final Rule orphan = new Rule(RemoveAction.INSTANCE, "private element without creator");
    private final Map<String, List<SafePrivateElement>> safe = new HashMap<>();
    private final Action keep;

    PrivatePolicy(boolean retainSafe, Action keep) {
        this.keep = keep;
        this.removeAll = new Rule(RemoveAction.INSTANCE, "E.1-1 " + ConfidentialityTable.privateAttributes().name()
                + " X");
        if (retainSafe) {
            for (SafePrivateElement s : SafePrivateTable.elements()) {
                safe.computeIfAbsent(s.creator(), k -> new java.util.ArrayList<>()).add(s);
            }
        }
    }

    Rule orphan() {
        return orphan;
    }

    Rule rule(String creator, int tag, VR vr) {
        List<SafePrivateElement> candidates = safe.get(creator);
        if (candidates != null) {
            for (SafePrivateElement s : candidates) {
                if (s.matches(tag, creator)) {
                    return new Rule(keep, "E.3.10-1 safe private " + creator + " " + String.format("(%04X,xx%02X)",
                            Tag.group(tag), s.elementOffset()));
                }
            }
        }
        return removeAll;
    }
}
