package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** K: keep; a sequence is kept and its items processed by the rules (PS3.15 E.1.1). */
final class KeepAction implements Action {
    static final KeepAction INSTANCE = new KeepAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        return e.isSequence() ? Effect.RECURSE : Effect.KEEP;
    }

    @Override
    public String code() {
        return "K";
    }
}
