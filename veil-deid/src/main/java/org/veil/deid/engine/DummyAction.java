package org.veil.deid.engine;

import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;

/** D: replace with a dummy value valid for the VR; UIDs get consistent replacements, sequences are processed. */
final class DummyAction implements Action {
    static final DummyAction INSTANCE = new DummyAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (e.isSequence()) {
            return Effect.RECURSE;
        }
        if (e.fragments() != null) {
            return Effect.REMOVE;
        }
        if (e.vr() == VR.UI) {
            return UidAction.INSTANCE.apply(e, scope);
        }
        String text = DummyValues.text(e.vr());
        if (text != null) {
            return Effect.replace(ElementValues.text(e, text, scope));
        }
        return Effect.replace(DataElement.of(e.tag(), e.vr(), DummyValues.binary(e.vr())));
    }

    @Override
    public String code() {
        return "D";
    }
}
