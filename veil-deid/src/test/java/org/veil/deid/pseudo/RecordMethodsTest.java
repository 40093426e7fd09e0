package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.testkit.RecordMethods;

/**
 * {@link PatientKey} and the pseudonymiser's derivation key write out {@code equals} and {@code hashCode}; both give
 * what the records' generated ones give.
 */
class RecordMethodsTest {
    private static final String[] TEXTS = {"", "A", "B", "AB", "12345", "Ä€", "a\\b", "PAT^ONE"};

    @Test
    void patientKey_sameAsGenerated() {
        List<PatientKey> keys = new ArrayList<>();
        for (String issuer : TEXTS) {
            for (String id : TEXTS) {
                keys.add(PatientKey.of(issuer, id));
            }
        }
        compareAll(keys);
    }

    @Test
    void derivation_sameAsGenerated() throws ReflectiveOperationException {
        Class<?> type = Class.forName(IdPseudonymizer.class.getName() + "$Derivation");
        Constructor<?> make = type.getDeclaredConstructor(IdKind.class, String.class, String.class);
        make.setAccessible(true);
        List<Record> derivations = new ArrayList<>();
        for (IdKind kind : IdKind.values()) {
            for (String scope : new String[] {null, "", "1.2.3", "ISSUER"}) {
                for (String value : new String[] {null, "", "X", "12345"}) {
                    derivations.add((Record) make.newInstance(kind, scope, value));
                }
            }
        }
        compareAll(derivations);
    }

    private static void compareAll(List<? extends Record> records) {
        for (Record a : records) {
            assertEquals(RecordMethods.generatedHashCode(a), a.hashCode(), a.toString());
            for (Record b : records) {
                assertEquals(RecordMethods.generatedEquals(a, b), a.equals(b));
            }
            assertEquals(RecordMethods.generatedEquals(a, null), a.equals(null));
            assertEquals(RecordMethods.generatedEquals(a, "text"), a.equals("text"));
        }
    }
}
