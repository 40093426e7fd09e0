package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** C for private elements: text values are cleaned; values that hold no text cannot be, so they are removed. */
final class TextOnlyCleanAction implements Action {
    static final TextOnlyCleanAction INSTANCE = new TextOnlyCleanAction();
    private static final TextCleanAction TEXT = new TextCleanAction(RemoveAction.INSTANCE);

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        return e.vr().usesCharacterSet() ? TEXT.apply(e, scope) : Effect.REMOVE;
    }

    @Override
    public String code() {
        return "C";
    }
}
