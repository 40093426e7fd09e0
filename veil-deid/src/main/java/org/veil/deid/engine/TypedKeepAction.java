package org.veil.deid.engine;

import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;

/**
 * Keep, with the treatment every value of its VR gets wherever it is: UIDs remapped, dates shifted or removed like
 * listed dates, sequences processed item by item. Used for kept private elements and allow-listed attributes, so
 * that keeping an element never keeps an original UID or date.
 */
final class TypedKeepAction implements Action {
    private final Action dates;

    TypedKeepAction(Action dates) {
        this.dates = dates;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (e.isSequence()) {
            return Effect.RECURSE;
        }
        VR vr = e.vr();
        if (vr == VR.UI) {
            return UidAction.INSTANCE.apply(e, scope);
        }
        if (vr == VR.DA || vr == VR.DT || vr == VR.TM) {
            return dates.apply(e, scope);
        }
        return Effect.KEEP;
    }

    @Override
    public String code() {
        return "K";
    }
}
