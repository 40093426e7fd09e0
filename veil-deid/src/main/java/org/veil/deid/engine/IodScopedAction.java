package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/**
 * Table E.1-1 Note 13: an attribute defined only for other IODs (see {@link IodScope}) is removed; otherwise the
 * row's action applies.
 */
final class IodScopedAction implements Action {
    private final Action inner;

    IodScopedAction(Action inner) {
        this.inner = inner;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (IodScope.outside(e.tag(), scope.instance().iod)) {
            return Effect.REMOVE;
        }
        return inner.apply(e, scope);
    }

    @Override
    public String code() {
        return inner.code();
    }
}
