package org.veil.deid.engine;

import org.veil.deid.pseudo.IdKind;
import org.veil.deid.pseudo.IdPseudonymizer;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Replaces an identifier with its keyed pseudonym. The patient's ID and name derive from the patient's identity
 * (issuer + ID); inside an item that names another patient ID (Other Patient IDs Sequence), from that item's issuer
 * and ID. An empty value stays empty.
 */
final class PseudonymAction implements Action {

    private final IdKind kind;

    PseudonymAction(IdKind kind) {
        this.kind = kind;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        String text = ElementValues.read(e, scope);
        if (text == null || text.isEmpty()) {
            return Effect.KEEP;
        }
        InstanceContext ctx = scope.instance();
        IdPseudonymizer ids = ctx.run.ids;
        boolean top = scope.dataset().parent() == null;
        String value;
        switch (kind) {
            case PATIENT_ID:
                value = top ? ids.patientId(ctx.patient) : ids.otherPatientId(issuer(scope), text);
                break;
            case PATIENT_NAME:
                value = ids.patientName(top ? ctx.patient : itemPatient(scope, ctx.patient));
                break;
            case OTHER_PATIENT_ID:
                value = ElementValues.eachValue(text, v -> ids.otherPatientId("", v));
                break;
            case ACCESSION_NUMBER:
                value = ids.accessionNumber("", text);
                break;
            default:
                value = ids.studyId(ids.patientId(ctx.patient), text);
                break;
        }
        return Effect.replace(ElementValues.text(e, value, scope));
    }

    private static String issuer(ElementScope scope) {
        String s = DatasetView.of(scope.dataset()).string(Tags.IssuerOfPatientID);
        return s == null ? "" : s;
    }

    private static PatientKey itemPatient(ElementScope scope, PatientKey fallback) {
        String id = DatasetView.of(scope.dataset()).string(Tags.PatientID);
        return id == null ? fallback
                : scope.instance().run.config.patientIdentity().key(PatientKey.of(issuer(scope), id), null);
    }

    @Override
    public String code() {
        return "pseudonym";
    }
}
