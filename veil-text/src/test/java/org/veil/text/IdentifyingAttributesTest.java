package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileRule;

/** The text cleaner's identifying attributes come from PS3.15 Table E.1-1, by the rule of IdentifyingAttributes. */
class IdentifyingAttributesTest {

    /** The list DatasetIdentifiers typed by hand before it was derived (issue 12), with the kinds it gave. */
    private static final Map<Integer, DatasetIdentifiers.Kind> FORMER_HAND_LIST = formerHandList();

    private static Map<Integer, DatasetIdentifiers.Kind> formerHandList() {
        Map<Integer, DatasetIdentifiers.Kind> m = new LinkedHashMap<>();
        for (int tag : new int[] {Tags.PatientID, Tags.OtherPatientIDs, Tags.AccessionNumber, Tags.StudyID,
            Tags.AdmissionID, Tags.RequestedProcedureID, Tags.ScheduledProcedureStepID, Tags.PerformedProcedureStepID,
            Tags.MedicalRecordLocator, Tags.PlacerOrderNumberImagingServiceRequest,
            Tags.FillerOrderNumberImagingServiceRequest, Tags.InsurancePlanIdentification}) {
            m.put(tag, DatasetIdentifiers.Kind.IDENTIFIER);
        }
        for (int tag : new int[] {Tags.InstitutionName, Tags.InstitutionalDepartmentName, Tags.VerifyingOrganization}) {
            m.put(tag, DatasetIdentifiers.Kind.INSTITUTION);
        }
        for (int tag : new int[] {Tags.IssuerOfPatientID, Tags.InstitutionAddress, Tags.ReferringPhysicianAddress,
            Tags.ReferringPhysicianTelephoneNumbers, Tags.PatientAddress, Tags.PatientTelephoneNumbers,
            Tags.StationName, Tags.DeviceSerialNumber, Tags.ScheduledStationName, Tags.PerformedStationName,
            Tags.PerformedLocation, Tags.ScheduledStudyLocation, Tags.CurrentPatientLocation,
            Tags.PatientInstitutionResidence}) {
            m.put(tag, DatasetIdentifiers.Kind.OTHER);
        }
        return m;
    }

    /**
     * Kinds the rule gives differently from the hand list, on purpose: a device serial number is matched like an
     * identifier (also by its digits), a patient's institution residence like an institution (also by its
     * distinctive words and initials). Both are matched at least as widely as before.
     */
    private static final Map<Integer, DatasetIdentifiers.Kind> CHANGED_KINDS = Map.of(
            Tags.DeviceSerialNumber, DatasetIdentifiers.Kind.IDENTIFIER,
            Tags.PatientInstitutionResidence, DatasetIdentifiers.Kind.INSTITUTION);

    @Test
    void derivedTable_containsEveryFormerHandListedAttribute_withItsKind() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Integer, DatasetIdentifiers.Kind> e : FORMER_HAND_LIST.entrySet()) {
            DatasetIdentifiers.Kind expected = CHANGED_KINDS.getOrDefault(e.getKey(), e.getValue());
            DatasetIdentifiers.Kind derived = IdentifyingAttributes.TABLE.get(e.getKey());
            if (derived != expected) {
                missing.add(StandardDictionary.keyword(e.getKey()) + ": " + derived + " instead of " + expected);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(IdentifyingAttributes.TABLE.size() > 2 * FORMER_HAND_LIST.size(),
                "the table names many more: " + IdentifyingAttributes.TABLE.size());
    }

    @Test
    void derivedTable_leavesOutDescriptionsCharacteristicsUidsDatesAndCodes() {
        for (int tag : new int[] {Tags.StudyDescription, Tags.ImageComments, Tags.EthnicGroup, Tags.Allergies,
            Tags.SOPInstanceUID, Tags.StudyDate, Tags.PatientSex, Tags.StationAETitle, Tags.PatientName}) {
            assertNull(IdentifyingAttributes.TABLE.get(tag), StandardDictionary.keyword(tag));
        }
    }

    @Test
    void rowAddedToTheTable_isPickedUp() {
        assertFalse(IdentifyingAttributes.TABLE.containsKey(Tags.Manufacturer), "not in Table E.1-1 today");
        Map<Integer, DatasetIdentifiers.Kind> derived = IdentifyingAttributes.derive(withRow(Tags.Manufacturer,
                ProfileAction.X));
        assertEquals(DatasetIdentifiers.Kind.OTHER, derived.get(Tags.Manufacturer));
        assertEquals(IdentifyingAttributes.TABLE.size() + 1, derived.size());
        assertFalse(IdentifyingAttributes.derive(withRow(Tags.Manufacturer, ProfileAction.K))
                .containsKey(Tags.Manufacturer), "a kept attribute is not identifying");
        assertFalse(IdentifyingAttributes.derive(withRow(Tags.OtherPatientIDsSequence, ProfileAction.X))
                .containsKey(Tags.OtherPatientIDsSequence), "a sequence has no value of its own");
    }

    private static List<ProfileRule> withRow(int tag, ProfileAction basic) {
        List<ProfileRule> rows = new ArrayList<>(ConfidentialityTable.rules());
        rows.add(new ProfileRule(tag, ProfileRule.EXACT, StandardDictionary.keyword(tag), true, basic, Map.of()));
        return rows;
    }

    @Test
    void kindOf_followsTheKeyword() {
        assertEquals(DatasetIdentifiers.Kind.IDENTIFIER, IdentifyingAttributes.kindOf("ClinicalTrialSubjectID", VR.LO));
        assertEquals(DatasetIdentifiers.Kind.IDENTIFIER, IdentifyingAttributes.kindOf("OtherPatientIDs", VR.LO));
        assertEquals(DatasetIdentifiers.Kind.OTHER, IdentifyingAttributes.kindOf("IssuerOfAdmissionID", VR.LO));
        assertEquals(DatasetIdentifiers.Kind.OTHER, IdentifyingAttributes.kindOf("OrderCallbackPhoneNumber", VR.SH));
        assertEquals(DatasetIdentifiers.Kind.INSTITUTION,
                IdentifyingAttributes.kindOf("ResponsibleOrganization", VR.LO));
        assertEquals(DatasetIdentifiers.Kind.OTHER, IdentifyingAttributes.kindOf("InstitutionAddress", VR.ST));
        assertEquals(DatasetIdentifiers.Kind.OTHER, IdentifyingAttributes.kindOf("IDentity", VR.LO),
                "ID must be a word of the keyword");
    }

    /**
     * Values of attributes the hand list did not have, written in lower case so that no generic detector (names,
     * organizations, numbers) finds them: only the data set's own values do (both were left before).
     */
    @Test
    void valuesOfAttributesMissingFromTheFormerHandList_areCleanedFromText() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.PatientID, VR.LO, "PID-1");
        v.putString(Tags.ClinicalTrialSubjectID, VR.LO, "KESTREL7");
        v.putString(Tags.ResponsibleOrganization, VR.LO, "Harbourview Veterinary Trust");
        assertFalse(FORMER_HAND_LIST.containsKey(Tags.ClinicalTrialSubjectID));
        assertFalse(FORMER_HAND_LIST.containsKey(Tags.ResponsibleOrganization));
        String cleaned = ScrubbingTextCleaner.builder().build().forInstance(ds, null, null)
                .clean("subject kestrel7 seen, owner harbourview veterinary trust", VR.LT);
        assertEquals("subject [REDACTED] seen, owner [REDACTED]", cleaned);
    }

    @Test
    void kind_everyTagAndItsNeighbours_sameAsTable() {
        List<Integer> tags = new ArrayList<>(IdentifyingAttributes.TABLE.keySet());
        tags.addAll(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFEE000, Tags.PatientName));
        for (int tag : IdentifyingAttributes.TABLE.keySet()) {
            tags.add(tag - 1);
            tags.add(tag + 1);
        }
        for (int tag : tags) {
            assertEquals(IdentifyingAttributes.TABLE.get(tag), IdentifyingAttributes.kind(tag), Integer.toHexString(tag));
        }
    }
}
