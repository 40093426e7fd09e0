package org.veil.deid.engine;

import org.veil.deid.pseudo.DateShift;
import org.veil.deid.pseudo.Outcome;
import org.veil.deid.pseudo.SafeHarbor;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.dict.Tags;

/**
 * C for dates (Retain Longitudinal Temporal Information with Modified Dates): DA and DT values shifted by the
 * patient's keyed offset (or reduced to the year under Safe Harbor); TM and AS are unchanged by a whole-day shift
 * (ages over 89 are aggregated under Safe Harbor). An invalid value is removed with a warning. Other VRs (binary
 * timestamps) get the fallback action.
 */
final class DateAction implements Action {

    private final DatePolicy policy;
    private final Action fallback;
    private final DateShift fixed;

    DateAction(DatePolicy policy, Action fallback) {
        this(policy, fallback, null);
    }

    /** With {@code fixed} non-null, every patient's dates move by the same number of days (a recipe's days). */
    DateAction(DatePolicy policy, Action fallback, DateShift fixed) {
        this.policy = fixed == null ? policy : DatePolicy.SHIFT;
        this.fallback = fallback;
        this.fixed = fixed;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        VR vr = e.vr();
        if (vr != VR.DA && vr != VR.DT && vr != VR.TM && vr != VR.AS) {
            return fallback.apply(e, scope);
        }
        String text = ElementValues.read(e, scope);
        if (text == null || text.isEmpty() || vr == VR.TM || vr == VR.AS && policy == DatePolicy.SHIFT) {
            return Effect.KEEP;
        }
        String[] values = text.split("\\\\", -1);
        for (int i = 0; i < values.length; i++) {
            if (values[i].isBlank()) {
                continue;
            }
            Outcome o = rewrite(e.tag(), vr, values[i].trim(), scope);
            if (o instanceof Outcome.Invalid bad) {
                scope.instance().warn(scope.path(), "invalid " + vr + " value removed: " + bad.reason());
                return Effect.REMOVE;
            }
            values[i] = ((Outcome.Ok) o).value();
        }
        return Effect.replace(ElementValues.text(e, String.join("\\", values), scope));
    }

    private Outcome rewrite(int tag, VR vr, String v, ElementScope scope) {
        if (policy == DatePolicy.SAFE_HARBOR) {
            if (tag == Tags.PatientBirthDate && vr == VR.DA) {
                String reference = scope.instance().studyDate;
                return reference == null ? SafeHarbor.date(v) : SafeHarbor.birthDate(v, reference);
            }
            return vr == VR.DA ? SafeHarbor.date(v) : vr == VR.DT ? SafeHarbor.dateTime(v) : SafeHarbor.age(v);
        }
        DateShift shift = fixed != null ? fixed : scope.instance().shift;
        boolean range = v.indexOf('-') > 0 || v.startsWith("-") || v.endsWith("-");
        if (vr == VR.DA) {
            return range ? shift.dateRange(v) : shift.date(v);
        }
        return range && !v.contains("+") ? shift.dateTimeRange(v) : shift.dateTime(v);
    }

    @Override
    public String code() {
        return policy == DatePolicy.SHIFT ? "shift-date" : "safe-harbor";
    }

    static int studyDateTag() {
        return Tags.StudyDate;
    }
}
