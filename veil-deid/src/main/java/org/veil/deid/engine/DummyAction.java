package org.veil.deid.engine;

import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;
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
        String text = DummyValues.text(effectiveVr(e));
        if (text != null) {
            return Effect.replace(ElementValues.text(e, text, scope));
        }
        return Effect.replace(DataElement.of(e.tag(), e.vr(), DummyValues.binary(e.vr())));
    }

    /** A standard attribute written as UN gets the dummy of its dictionary VR (its bytes are read that way). */
    private static VR effectiveVr(DataElement e) {
        if (e.vr() != VR.UN || Tag.isPrivate(e.tag())) {
            return e.vr();
        }
        VR dict = StandardDictionary.vr(e.tag());
        return dict == null || dict == VR.SQ ? VR.UN : dict;
    }

    @Override
    public String code() {
        return "D";
    }
}
