package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** X: remove the element. */
final class RemoveAction implements Action {
    static final RemoveAction INSTANCE = new RemoveAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        return Effect.REMOVE;
    }

    @Override
    public String code() {
        return "X";
    }
}
