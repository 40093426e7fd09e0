package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Sequence;

/** Z: replace with a zero length value (a sequence keeps no item). */
final class EmptyAction implements Action {
    static final EmptyAction INSTANCE = new EmptyAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        if (e.isSequence()) {
            return e.sequence().isEmpty() ? Effect.KEEP
                    : Effect.replace(DataElement.of(e.tag(), e.vr(), new Sequence(scope.dataset())));
        }
        return e.isEmpty() ? Effect.KEEP : Effect.replace(ElementValues.empty(e));
    }

    @Override
    public String code() {
        return "Z";
    }
}
