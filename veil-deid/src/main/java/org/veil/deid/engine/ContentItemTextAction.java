package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.profile.IdentifyingConcepts;

/**
 * C for the Text Value (0040,A160) of an SR content item: the text is cleaned, except when the item's concept name
 * says the whole value identifies the observer or subject (Device Observer Name, Subject ID, ...; see
 * {@link IdentifyingConcepts}); then it is replaced by a dummy value, since no text scrubber can tell that a
 * station name is one.
 */
final class ContentItemTextAction implements Action {

    private final Action clean;

    ContentItemTextAction(Action clean) {
        this.clean = clean;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (IdentifyingConcepts.identifying(concept(scope.dataset()))) {
            return DummyAction.INSTANCE.apply(e, scope);
        }
        return clean.apply(e, scope);
    }

    /** "scheme:value" of the item's first Concept Name Code Sequence item, or null. */
    static String concept(Dataset item) {
        DataElement seq = item.get(Tags.ConceptNameCodeSequence);
        if (seq == null || !seq.isSequence() || seq.sequence().isEmpty()) {
            return null;
        }
        DatasetView code = DatasetView.of(seq.sequence().get(0));
        return code.string(Tags.CodingSchemeDesignator) + ":" + code.string(Tags.CodeValue);
    }

    @Override
    public String code() {
        return "C";
    }
}
