package org.veil.deid.engine;

import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;

/**
 * Applies an action to a private element with the VR a dictionary gives it: in an implicit VR data set private
 * elements are UN, so without this a kept UID or date would pass unchanged. The element keeps its own VR when it is
 * not UN (explicit VR is authoritative) and when the action leaves it unchanged. A private sequence read as UN cannot
 * be inspected, so it is removed with a warning rather than kept unread.
 */
final class TypedPrivateAction implements Action {
    private final VR vr;
    private final Action action;

    /**
     * @param vr     the dictionary's VR, or null when it gives none
     * @param action the action for the typed element
     */
    TypedPrivateAction(VR vr, Action action) {
        this.vr = vr;
        this.action = action;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (vr == null || e.vr() != VR.UN || e.bytes() == null || action instanceof RemoveAction) {
            return action.apply(e, scope);
        }
        if (vr == VR.SQ) {
            scope.instance().warn(scope.path(), "private sequence encoded as UN removed: its items cannot be checked");
            return Effect.REMOVE;
        }
        return action.apply(DataElement.of(e.tag(), vr, e.bytes()), scope);
    }

    @Override
    public String code() {
        return action.code();
    }
}
