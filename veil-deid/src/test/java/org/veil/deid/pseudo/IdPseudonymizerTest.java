package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdPseudonymizerTest {
    private final IdPseudonymizer ids = new IdPseudonymizer(ReferenceKey.key().subkeys(), IdOptions.defaults());

    @Test
    void patientId_referenceKey_matchesIndependentImplementation() {
        assertEquals("UVLGO3B3APQPUMTU", ids.patientId(PatientKey.of("HOSP", "12345")));
    }

    @Test
    void patientName_referenceKey_derivedFromIdentityWithOwnSubkey() {
        assertEquals("PAT^JO6GR577KKGI4EMR", ids.patientName(PatientKey.of("HOSP", "12345")));
    }

    @Test
    void otherKinds_referenceKey_matchIndependentImplementation() {
        assertEquals("W3J7XPPQ4CMMYCB6", ids.accessionNumber(null, "A123"));
        assertEquals("BZPN74IKGEOZ33ZO", ids.studyId("1.2.3", "1"));
        assertEquals("IGUCOEBU7IT2IC3B", ids.otherPatientId("OTHER", "12345"));
    }

    @Test
    void patientId_customPattern_prefixAndShortHash() {
        IdPseudonymizer custom = new IdPseudonymizer(ReferenceKey.key().subkeys(),
                IdOptions.builder().pattern(IdKind.PATIENT_ID, "ANON-{hash:8}").build());
        assertEquals("ANON-UVLGO3B3", custom.patientId(PatientKey.of("HOSP", "12345")));
    }

    @Test
    void patientId_spacesAndNulPadding_sameAsTrimmed() {
        String expected = ids.patientId(PatientKey.of("HOSP", "12345"));
        assertEquals(expected, ids.patientId(PatientKey.of("HOSP ", " 12345 ")));
        assertEquals(expected, ids.patientId(PatientKey.of("HOSP", "12345\0")));
    }

    @Test
    void patientId_caseOrInnerSpaceDiffers_differentPseudonym() {
        String a = ids.patientId(PatientKey.of("abc"));
        assertNotEquals(a, ids.patientId(PatientKey.of("ABC")));
        assertNotEquals(a, ids.patientId(PatientKey.of("a bc")));
    }

    @Test
    void patientId_nullOrEmptyIssuer_same() {
        assertEquals(ids.patientId(PatientKey.of("X1")), ids.patientId(new PatientKey(null, "X1")));
    }

    @Test
    void pseudonym_shiftedBoundaryBetweenScopeAndValue_differs() {
        assertNotEquals(ids.pseudonym(IdKind.PATIENT_ID, "A", "BC"), ids.pseudonym(IdKind.PATIENT_ID, "AB", "C"));
    }

    @Test
    void pseudonym_sameInputDifferentKinds_unrelated() {
        String value = "123";
        assertNotEquals(ids.pseudonym(IdKind.PATIENT_ID, "", value), ids.pseudonym(IdKind.ACCESSION_NUMBER, "", value));
        assertNotEquals(ids.pseudonym(IdKind.PATIENT_ID, "", value), ids.pseudonym(IdKind.OTHER_PATIENT_ID, "", value));
    }

    @Test
    void pseudonym_emptyValue_empty() {
        assertEquals("", ids.patientId(PatientKey.of("HOSP", "  ")));
        assertEquals("", ids.patientName(PatientKey.of(null)));
        assertEquals("", ids.accessionNumber("X", null));
    }

    @Test
    void pseudonym_differentKey_different() {
        IdPseudonymizer other = new IdPseudonymizer(ProjectKey.random().subkeys(), IdOptions.defaults());
        assertNotEquals(ids.patientId(PatientKey.of("12345")), other.patientId(PatientKey.of("12345")));
    }

    @Test
    void builder_accessionPatternLongerThanSh_throwsNamingLimit() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IdOptions.builder().pattern(IdKind.ACCESSION_NUMBER, "ACC-{hash}"));
        assertEquals("ACCESSION_NUMBER pattern ACC-{hash:16} makes 20 characters, more than the 16 of SH",
                e.getMessage());
    }

    @Test
    void builder_patientIdAtLoLimit_accepted() {
        IdOptions options = IdOptions.builder().pattern(IdKind.PATIENT_ID, "X".repeat(13) + "{hash:51}").build();
        String id = new IdPseudonymizer(ReferenceKey.key().subkeys(), options).patientId(PatientKey.of("1"));
        assertEquals(64, id.length());
    }

    @Test
    void builder_nameWithGroupSeparator_throws() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IdOptions.builder().pattern(IdKind.PATIENT_NAME, "PAT^{hash}=X"));
        assertEquals("PATIENT_NAME pattern PAT^{hash:16}=X must not contain '=' (one component group only)",
                e.getMessage());
    }

    @Test
    void builder_nameWithSixComponents_throws() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IdOptions.builder().pattern(IdKind.PATIENT_NAME, "A^B^C^D^E^{hash}"));
        assertEquals("PATIENT_NAME pattern A^B^C^D^E^{hash:16} has 6 components, PN allows 5", e.getMessage());
    }

    @Test
    void builder_nameComponentOver64_throws() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IdOptions.builder().pattern(IdKind.PATIENT_NAME, "P^" + "X".repeat(20) + "{hash:50}"));
        assertEquals("PATIENT_NAME pattern P^" + "X".repeat(20)
                + "{hash:50} has a component of 70 characters, PN allows 64", e.getMessage());
    }
}
