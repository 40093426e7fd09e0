package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/**
 * A private creator element is kept while its block is processed; afterwards the walker removes creators whose
 * block lost every element (so creators and blocks stay consistent).
 */
final class PrivateCreatorAction implements Action {
    static final PrivateCreatorAction INSTANCE = new PrivateCreatorAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        return Effect.KEEP;
    }

    @Override
    public String code() {
        return "creator";
    }
}
