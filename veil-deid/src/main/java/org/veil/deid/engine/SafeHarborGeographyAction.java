package org.veil.deid.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.deid.pseudo.Outcome;
import org.veil.deid.pseudo.SafeHarbor;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.dict.Tags;

/**
 * Safe Harbor for the patient's geography when a recipe keeps or cleans it (the profile removes it otherwise):
 * Patient's Address keeps only the three-digit prefix of its last US ZIP code ({@link SafeHarbor#zip}), or is
 * removed when it holds none; Region of Residence, which may name a subdivision smaller than a state, is removed.
 * Replacements a recipe sets explicitly (a fixed value, a dummy, an empty value) are the user's choice and pass.
 */
final class SafeHarborGeographyAction implements Action {
    private static final Pattern ZIP = Pattern.compile("(?<![0-9])[0-9]{5}(?:-[0-9]{4})?(?![0-9])");

    private final Action inner;

    SafeHarborGeographyAction(Action inner) {
        this.inner = inner;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        Effect effect = inner.apply(e, scope);
        boolean keptText = effect.kind() == Effect.Kind.KEEP
                || effect.kind() == Effect.Kind.REPLACE && inner instanceof TextCleanAction;
        if (!keptText) {
            return effect;
        }
        String text = ElementValues.read(effect.kind() == Effect.Kind.KEEP ? e : effect.replacement(), scope);
        if (text == null || text.isBlank()) {
            return effect;
        }
        if (e.tag() != Tags.PatientAddress) {
            return Effect.REMOVE;
        }
        String zip3 = zip3(text);
        return zip3 == null ? Effect.REMOVE : Effect.replace(ElementValues.text(e, zip3, scope));
    }

    /** The Safe Harbor prefix of the last US ZIP code in an address, or null when there is none. */
    static String zip3(String address) {
        Matcher m = ZIP.matcher(address);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        if (last == null) {
            return null;
        }
        return SafeHarbor.zip(last) instanceof Outcome.Ok ok ? ok.value() : null;
    }

    @Override
    public String code() {
        return "safe-harbor";
    }
}
