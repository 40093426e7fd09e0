package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeepListTest {
    private final KeepList builtin = KeepList.builtin();

    @Test
    void allows_overlayVocabularyWithShortNumbers() {
        assertTrue(builtin.allows("TGC"));
        assertTrue(builtin.allows("MI 0.8"));
        assertTrue(builtin.allows("MI0.8"));
        assertTrue(builtin.allows("Ml O.8"), "OCR confusions l/I and O/0");
        assertTrue(builtin.allows("C5-1"));
        assertTrue(builtin.allows("Depth 12"));
    }

    @Test
    void allows_namesIdsDatesAndLoneNumbers_no() {
        assertFalse(builtin.allows("SMITH"));
        assertFalse(builtin.allows("TGC SMITH"));
        assertFalse(builtin.allows("12/03/1961"));
        assertFalse(builtin.allows("4471203"));
        assertFalse(builtin.allows("12"));
        assertFalse(builtin.allows(""));
    }

    @Test
    void plus_addsRecipeWords() {
        assertFalse(builtin.allows("LOGIQ"));
        assertTrue(builtin.plus(List.of("LOGIQ")).allows("LOGIQ"));
        assertFalse(KeepList.of(List.of("LOGIQ")).allows("TGC"));
    }
}
