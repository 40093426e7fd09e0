package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the driver finishes the first pass itself, and which inputs it leaves to the executors. */
class HeadStartTest {
    @Test
    void quickerAlone_aRestReadInLessThanAJobsCost_staysOnTheDriver() {
        assertTrue(HeadStart.quickerAlone(1000, 1.0, 400), "0.4 s at the pace so far");
        assertFalse(HeadStart.quickerAlone(1000, 1.0, 600), "0.6 s: a Spark job is cheaper");
        assertFalse(HeadStart.quickerAlone(0, 0.8, 1), "no pace known yet");
    }

    @Test
    void rest_theInputsAfterThoseTheDriverRead_inListingOrder() {
        List<InputFile> inputs = List.of(new InputFile(0, "a", 1), new InputFile(1, "b", 1), new InputFile(2, "c", 1));
        assertEquals(inputs.subList(2, 3), HeadStart.rest(inputs, new HeadStart.Looked(List.of(), 2, 0.1)));
        assertEquals(inputs, HeadStart.rest(inputs, new HeadStart.Looked(List.of(), 0, 0.1)));
    }
}
