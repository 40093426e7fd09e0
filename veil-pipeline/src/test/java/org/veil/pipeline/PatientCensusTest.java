package org.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/** Censuses of several workers added up count what one census of all their instances counts. */
class PatientCensusTest {

    private static Dataset patient(String id, String issuer, String name) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.PatientID, VR.LO, id);
        if (issuer != null) {
            v.putString(Tags.IssuerOfPatientID, VR.LO, issuer);
        }
        v.putString(Tags.PatientName, VR.PN, name);
        return ds;
    }

    @Test
    void addAll_conflictsSeenOnlyAcrossWorkers_areCounted() {
        PatientCensus one = new PatientCensus();
        PatientCensus two = new PatientCensus();
        one.observe(patient("MRN-1", null, "DOE^JANE"));
        two.observe(patient("MRN-1", "HOSP-A", "DOE^JANE"));
        one.observe(patient("MRN-2", null, "ROE^RICHARD"));
        two.observe(patient("MRN-2", null, "POE^EDGAR"));
        two.observe(patient("MRN-3", null, "LOE^ANN"));
        assertEquals(0, one.idsWithSeveralIssuers());
        assertEquals(0, two.idsWithConflictingDemographics());
        PatientCensus all = new PatientCensus();
        all.addAll(one);
        all.addAll(two);
        assertEquals(1, all.idsWithSeveralIssuers());
        assertEquals(1, all.idsWithConflictingDemographics());
    }

    @Test
    void hidden_keepsTheCountsWhenEveryWorkerHidesAlike() {
        PatientCensus one = new PatientCensus();
        PatientCensus two = new PatientCensus();
        one.observe(patient("MRN-1", null, "DOE^JANE"));
        two.observe(patient("MRN-1", "HOSP-A", "DOE^JOHN"));
        PatientCensus all = new PatientCensus();
        all.addAll(one.hidden(d -> d * 31 + 7));
        all.addAll(two.hidden(d -> d * 31 + 7));
        assertEquals(1, all.idsWithSeveralIssuers());
        assertEquals(1, all.idsWithConflictingDemographics());
        PatientCensus mixed = new PatientCensus();
        mixed.addAll(one.hidden(d -> d * 31 + 7));
        mixed.addAll(two.hidden(d -> d * 17 + 3));
        assertEquals(0, mixed.idsWithSeveralIssuers(), "differently hidden digests do not meet");
    }
}
