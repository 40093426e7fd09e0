package org.veil.deid.engine;

import org.veil.deid.pseudo.Outcome;
import org.veil.deid.pseudo.SafeHarbor;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.dict.Tags;

/**
 * Safe Harbor over a retain option for Patient's Age (0010,1010) and Patient's Birth Date (0010,0030): HIPAA's rule
 * for ages over 89 (45 CFR 164.514(b)(2)(i)(C)) holds whatever Retain Patient Characteristics or a recipe keeps. A
 * kept age of 90 years or more becomes {@code 090Y}; a kept birth date becomes its year, and the year study year - 90
 * for a patient aged 90 or more on the Study Date (removed when there is no Study Date to tell the age). Values a
 * recipe sets explicitly (a fixed value, a dummy, empty) are the user's choice and pass.
 */
final class SafeHarborAgeAction implements Action {
    static final String CODE = "safe-harbor-age";

    private final Action inner;

    SafeHarborAgeAction(Action inner) {
        this.inner = inner;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        Effect effect = inner.apply(e, scope);
        if (effect.kind() != Effect.Kind.KEEP) {
            return effect;
        }
        String text = ElementValues.read(e, scope);
        if (text == null || text.isBlank()) {
            return effect;
        }
        boolean age = e.tag() == Tags.PatientAge && e.vr() == VR.AS;
        if (!age && !(e.tag() == Tags.PatientBirthDate && e.vr() == VR.DA)) {
            scope.instance().warn(scope.path(), "Safe Harbor: value removed: not an AS age or a DA birth date");
            return Effect.REMOVE;
        }
        Outcome o = age ? SafeHarbor.age(text.strip()) : birthDate(text.strip(), scope);
        if (o instanceof Outcome.Ok ok) {
            return ok.value().equals(text.strip()) ? effect : Effect.replace(ElementValues.text(e, ok.value(), scope));
        }
        scope.instance().warn(scope.path(), "Safe Harbor: value removed: " + ((Outcome.Invalid) o).reason());
        return Effect.REMOVE;
    }

    private static Outcome birthDate(String value, ElementScope scope) {
        String reference = scope.instance().studyDate;
        return SafeHarbor.birthDate(value, reference == null ? null : reference.strip());
    }

    @Override
    public String code() {
        return CODE;
    }
}
