package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DatePolicy;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.recipe.RecipeParser;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.folder.RunSummary;
import org.veil.profile.ProfileOption;

/**
 * Issue 13 item 2: the pseudonym and the date shift were keyed on Issuer + Patient ID, so one patient's studies with
 * and without an issuer (or with the ID in another case) got two pseudonyms and two date shifts. By default the
 * normalised Patient ID alone decides; {@code patient-identity: id+issuer} keeps issuers apart; the summary counts
 * IDs seen with several issuers or conflicting demographics.
 */
@Tag("regression")
class OnePatientOnePseudonymTest {
    private static final int STUDY_DATE = 0x00080020;
    private static final int PATIENT_ID = 0x00100020;

    @TempDir
    Path tmp;

    @Test
    void patientWithAndWithoutIssuer_onePseudonymAndOneDateShift_byDefault() throws Exception {
        Path in = inputs();
        ProjectKey key = ProjectKey.random();
        DeidConfig shift = DeidConfig.builder().key(key).option(ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                .datePolicy(DatePolicy.SHIFT).build();
        RunSummary s = Delivery.run(in, tmp.resolve("out"), shift);
        List<Dataset> out = read(tmp.resolve("out"));
        assertEquals(3, out.size(), Delivery.text(s));
        assertEquals(1, out.stream().map(d -> Delivery.string(d, PATIENT_ID)).distinct().count(),
                "pid123 with issuer, PID123 without: one patient");
        assertEquals(1, out.stream().map(d -> Delivery.string(d, STUDY_DATE)).distinct().count(),
                "one date shift for the patient");
        assertEquals(1, s.patients().severalIssuers(), Delivery.text(s));
        assertEquals(1, s.patients().conflictingNameOrBirth(), Delivery.text(s));
        assertTrue(Delivery.text(s).contains("1 seen with several issuers"), Delivery.text(s));
        assertTrue(!Delivery.text(s).contains("pid123") && !Delivery.text(s).toUpperCase().contains("PID123"));

        DeidConfig merge = RecipeParser.parse("veil-recipe: 1\npatient-identity: id+issuer\n", "r.yaml")
                .applyTo(shift.toBuilder()).build();
        assertEquals(PatientIdentity.ID_AND_ISSUER, merge.patientIdentity());
        Delivery.run(in, tmp.resolve("out-merge"), merge);
        List<Dataset> apart = read(tmp.resolve("out-merge"));
        assertEquals(2, apart.stream().map(d -> Delivery.string(d, PATIENT_ID)).distinct().count(),
                "id+issuer: the issuer tells two patients apart");
        assertNotEquals(Delivery.string(apart.get(0), PATIENT_ID), "");
    }

    private Path inputs() throws Exception {
        Path in = tmp.resolve("in");
        Delivery.write(Delivery.ct("pid123", "HOSP-A", "1.2.5.1", "1.2.5.1.1.1"), in.resolve("a.dcm"));
        Delivery.write(Delivery.ct("PID123 ", null, "1.2.5.2", "1.2.5.2.1.1"), in.resolve("b.dcm"));
        Dataset other = Delivery.ct("PID123", null, "1.2.5.3", "1.2.5.3.1.1");
        DatasetView.of(other).putString(0x00100010, VR.PN, "Smith^Robert");
        Delivery.write(other, in.resolve("c.dcm"));
        return in;
    }

    private static List<Dataset> read(Path out) throws Exception {
        List<Dataset> all = new java.util.ArrayList<>();
        for (String n : Delivery.outputs(out)) {
            all.add(Delivery.read(out.resolve(n)).dataset());
        }
        return all;
    }
}
