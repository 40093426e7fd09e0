package org.veil.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTextTest {

    @Test
    void fields_twoLines_areReadInOrder() {
        TableText t = new TableText("T", "00100010||Patient Name|R\n60003000|FFE1FFFF||C\n");
        assertTrue(t.nextLine());
        assertEquals(0x00100010, t.hexField(0));
        assertEquals(-1, t.hexField(-1));
        assertEquals("Patient Name", t.field());
        assertTrue(t.flagField('R'));
        assertTrue(t.nextLine());
        assertEquals(0x60003000, t.hexField(0));
        assertEquals(0xFFE1FFFF, t.hexField(-1));
        assertEquals("", t.field());
        assertFalse(t.flagField('R'));
        assertFalse(t.nextLine());
    }

    @Test
    void nextLine_fieldsLeftOver_throwsNamingTheLine() {
        TableText t = new TableText("T", "a|b|c\n");
        t.nextLine();
        t.field();
        var e = assertThrows(IllegalStateException.class, t::nextLine);
        assertEquals("T: more fields than expected in line 'a|b|c'", e.getMessage());
    }

    @Test
    void field_pastTheEndOfTheLine_throws() {
        TableText t = new TableText("T", "a\nb\n");
        t.nextLine();
        t.field();
        var e = assertThrows(IllegalStateException.class, t::field);
        assertEquals("T: fewer fields than expected in line 'a'", e.getMessage());
    }

    @Test
    void flagField_longerThanOneCharacter_throws() {
        TableText t = new TableText("T", "RR\n");
        t.nextLine();
        var e = assertThrows(IllegalStateException.class, () -> t.flagField('R'));
        assertEquals("T: expected a one-character flag in line 'RR'", e.getMessage());
    }

    @Test
    void nextLine_missingFinalLineFeed_throws() {
        var e = assertThrows(IllegalStateException.class, () -> new TableText("T", "a").nextLine());
        assertEquals("T: last line does not end in a line feed", e.getMessage());
    }
}
