package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** C for free text: the text cleaner removes identifiers; without a cleaner the Basic Profile action applies. */
final class TextCleanAction implements Action {
    private final Action fallback;

    TextCleanAction(Action fallback) {
        this.fallback = fallback;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        TextCleaner.InstanceTextCleaner cleaner = scope.instance().text;
        String text = ElementValues.read(e, scope);
        if (cleaner == null || text == null) {
            return fallback.apply(e, scope);
        }
        if (text.isEmpty()) {
            return Effect.KEEP;
        }
        String cleaned = cleaner.clean(text, e.vr());
        return cleaned.equals(text) ? Effect.KEEP : Effect.replace(ElementValues.text(e, cleaned, scope));
    }

    @Override
    public String code() {
        return "C";
    }

    Action fallback() {
        return fallback;
    }
}
