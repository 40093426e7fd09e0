package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueCompareTest {
    @Test
    void paddedEqual_oddLengthAndItsPaddedForm_equal() {
        assertTrue(ValueCompare.paddedEqual(new byte[] {'1', '2', '3'}, new byte[] {'1', '2', '3', ' '}, (byte) ' '));
        assertTrue(ValueCompare.paddedEqual(new byte[] {'1', '2'}, new byte[] {'1', '2'}, (byte) ' '));
    }

    @Test
    void paddedEqual_differentByteOrLength_notEqual() {
        assertFalse(ValueCompare.paddedEqual(new byte[] {'1', '2', '3'}, new byte[] {'1', '2', '3', 0}, (byte) ' '));
        assertFalse(ValueCompare.paddedEqual(new byte[] {'1', '2'}, new byte[] {'1', '3'}, (byte) ' '));
        assertFalse(ValueCompare.paddedEqual(new byte[] {'1', '2'}, new byte[] {'1', '2', '3', '4'}, (byte) ' '));
    }
}
