package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** A recipe's fixed replacement value for a string element. */
final class ReplaceAction implements Action {
    private final String value;

    ReplaceAction(String value) {
        this.value = value;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (e.isSequence() || e.bytes() == null || !(e.vr().isString() || e.vr() == org.veil.dicom.VR.UN)) {
            throw new DeidException(scope.path() + ": a replacement value applies to string elements, not " + e.vr());
        }
        return Effect.replace(ElementValues.text(e, value, scope));
    }

    @Override
    public String code() {
        return "replace";
    }
}
