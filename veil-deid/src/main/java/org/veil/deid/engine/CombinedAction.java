package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ProfileAction;

/**
 * The combined codes X/Z, X/D, X/Z/D, Z/D and X/Z/U*: X when the attribute is not in a standard composite IOD
 * (Table E.1-1 Note 13; attributes of other IODs are handled by {@link IodScopedAction}); otherwise, as Veil cannot know the attribute's Type in the IOD, the
 * choice that keeps the instance conformant whatever the Type: an empty value stays empty (Z), a value gets the dummy
 * (D) or consistent UIDs (U), else Z; a sequence under X/Z is removed (an empty sequence is invalid where it is Type 3,
 * and {@link RequiredAttributes} puts back the known Type 2 cases). No original value survives any of these.
 */
final class CombinedAction implements Action {
    private final ProfileAction code;
    private final boolean inStdCompIod;
    private final Action dummy;

    /**
     * @param dummy what D means for this attribute (a pseudonym for identifiers, else {@link DummyAction})
     */
    CombinedAction(ProfileAction code, boolean inStdCompIod, Action dummy) {
        this.code = code;
        this.inStdCompIod = inStdCompIod;
        this.dummy = dummy;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        String c = code.code();
        boolean x = c.contains("X");
        if (x && !inStdCompIod) {
            return Effect.REMOVE;
        }
        boolean z = c.contains("Z");
        if (code == ProfileAction.X_Z && e.isSequence() && e.tag() != Tags.AcquisitionContextSequence) {
            // An emptied sequence is wrong where the sequence is Type 3 (modules ask for 1-n items when present):
            // Referenced Study Sequence is Type 3 in the General Study Module, whereas Acquisition Context Sequence
            // is Type 2 in the Acquisition Context Module and is emptied.
            return Effect.REMOVE;
        }
        if (z && e.isEmpty()) {
            return Effect.KEEP;
        }
        if (c.contains("D")) {
            return dummy.apply(e, scope);
        }
        if (c.contains("U")) {
            return UidAction.INSTANCE.apply(e, scope);
        }
        return z ? EmptyAction.INSTANCE.apply(e, scope) : Effect.REMOVE;
    }

    @Override
    public String code() {
        return code.code();
    }
}
