package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateShifterTest {
    private final Subkeys keys = ReferenceKey.key().subkeys();

    @Test
    void offsetDays_referenceKey_matchesIndependentImplementation() {
        assertEquals(-107, new DateShifter(keys, ShiftRange.DEFAULT).offsetDays(PatientKey.of("HOSP", "12345")));
        assertEquals(-1, new DateShifter(keys, new ShiftRange(-10, 10)).offsetDays(PatientKey.of("HOSP", "12345")));
    }

    @Test
    void forPatient_paddedPatientId_sameShift() {
        DateShifter shifter = new DateShifter(keys, ShiftRange.DEFAULT);
        assertEquals(shifter.forPatient(PatientKey.of("HOSP", "12345")),
                shifter.forPatient(PatientKey.of("HOSP ", "12345 ")));
    }

    @Test
    void offsetDays_singleValueRange_thatValue() {
        DateShifter shifter = new DateShifter(keys, new ShiftRange(-7, -7));
        assertEquals(-7, shifter.offsetDays(PatientKey.of("A")));
        assertEquals(-7, shifter.offsetDays(PatientKey.of("B")));
    }

    @Test
    void offsetDays_defaultRange_neverZero() {
        DateShifter shifter = new DateShifter(keys, ShiftRange.DEFAULT);
        for (int i = 0; i < 5000; i++) {
            int offset = shifter.offsetDays(PatientKey.of("P" + i));
            assertTrue(offset >= -365 && offset <= -1, "offset " + offset);
        }
    }

    @Test
    void offsetDays_otherKey_otherOffsetsForMostPatients() {
        DateShifter a = new DateShifter(keys, ShiftRange.DEFAULT);
        DateShifter b = new DateShifter(ProjectKey.random().subkeys(), ShiftRange.DEFAULT);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            same += a.offsetDays(PatientKey.of("P" + i)) == b.offsetDays(PatientKey.of("P" + i)) ? 1 : 0;
        }
        assertTrue(same < 20, same + " of 1000 equal offsets; about 3 expected");
    }

    @Test
    void shiftRange_reversed_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ShiftRange(5, -5));
        assertEquals("date shift range 5..-5 is empty", e.getMessage());
    }

    @Test
    void shiftRange_tooWide_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ShiftRange(-40000, 0));
        assertEquals("date shift range -40000..0 exceeds +-36525 days", e.getMessage());
    }

    @Test
    void forPatient_differentPatients_usuallyDifferentShift() {
        DateShifter shifter = new DateShifter(keys, ShiftRange.DEFAULT);
        assertNotEquals(shifter.forPatient(PatientKey.of("HOSP", "12345")),
                shifter.forPatient(PatientKey.of("HOSP", "12346")));
    }
    /** Chi-square goodness of fit over 20 offsets and 20000 patients; 19 degrees of freedom, p = 0.001 at 43.82. */
    @Test
    void offsetDays_manyPatients_roughlyUniform() {
        DateShifter shifter = new DateShifter(keys, new ShiftRange(-20, -1));
        int[] counts = new int[20];
        int patients = 20_000;
        for (int i = 0; i < patients; i++) {
            counts[shifter.offsetDays(PatientKey.of("ISSUER", "P" + i)) + 20]++;
        }
        double expected = patients / 20.0;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        assertTrue(chiSquare < 43.82, "chi-square " + chiSquare + " for " + java.util.Arrays.toString(counts));
    }
}
