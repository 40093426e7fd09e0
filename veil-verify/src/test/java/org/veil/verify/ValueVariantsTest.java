package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;

class ValueVariantsTest {
    @Test
    void of_personName_componentsAndOrders() {
        Set<String> v = ValueVariants.of("Doe^Jane^Q^^", VR.PN);
        assertTrue(v.containsAll(Set.of("Doe^Jane^Q", "Doe", "Jane", "Jane Doe", "Doe, Jane", "Doe Jane Q")), v.toString());
    }

    @Test
    void of_date_usualSpellings() {
        Set<String> v = ValueVariants.of("19510604", VR.DA);
        assertTrue(v.containsAll(Set.of("19510604", "1951-06-04", "04/06/1951", "06/04/1951", "04.06.1951")),
                v.toString());
    }

    @Test
    void of_nonAscii_upperAndLowerCase() {
        Set<String> v = ValueVariants.of("Émile", VR.LO);
        assertTrue(v.containsAll(Set.of("Émile", "ÉMILE", "émile")), v.toString());
    }
}
