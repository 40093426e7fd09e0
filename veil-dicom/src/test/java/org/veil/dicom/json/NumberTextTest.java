package org.veil.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12", "-1.50", "0.5", "1e3", "1E-7", "2.5e+10", "-0.0"})
    void isJsonNumber_validJson_true(String s) {
        assertTrue(NumberText.isJsonNumber(s));
        assertEquals(s, NumberText.json(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+1", "01", ".5", "5.", "1e", "1.e3", "--1", "1 ", "NaN", "0x10", "1,5"})
    void isJsonNumber_notJson_false(String s) {
        assertFalse(NumberText.isJsonNumber(s));
    }

    @ParameterizedTest
    @CsvSource({"+1,1", "007,7", ".5,0.5", "-.5,-0.5", "5.,5", "+2.50E+3,2.50E+3", "00.10,0.10"})
    void json_decimalStringsJsonLacks_areRewritten(String ds, String expected) {
        assertEquals(expected, NumberText.json(ds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "Infinity", "NaN", "1e", "e5", "-", "1 2"})
    void json_notANumber_null(String s) {
        assertNull(NumberText.json(s));
    }
}
