package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagPatternTest {

    @Test
    void parse_plainTag_isExact() {
        TagPattern p = TagPattern.parse("(0010,0010)", "here");
        assertEquals(0x00100010, p.tag());
        assertTrue(p.exact());
    }

    @Test
    void parse_repeatingGroup_matchesEvenGroupsUpTo1E() {
        TagPattern p = TagPattern.parse("(60XX,3000)", "here");
        assertEquals(0x60003000, p.tag());
        assertEquals(0xFFE1FFFF, p.mask());
        for (int g = 0x6000; g <= 0x60FF; g++) {
            boolean expected = g <= 0x601E && (g & 1) == 0;
            assertEquals(expected, ((g << 16 | 0x3000) & p.mask()) == p.tag(), Integer.toHexString(g));
        }
    }

    @Test
    void parse_xInElement_freesThoseDigits() {
        assertEquals(0xFFFFFF0F, TagPattern.parse("(0028,04X0)", "here").mask());
        assertEquals(0xFFFF000F, TagPattern.parse("(1000,XXX0)", "here").mask());
        assertEquals(0xFFFF0000, TagPattern.parse("(1010,XXXX)", "here").mask());
        assertEquals(0xFFFFFF00, TagPattern.parse("(0020,31XX)", "here").mask());
        assertEquals(0xFFE10000, TagPattern.parse("(50XX,XXXX)", "here").mask());
    }

    @Test
    void parse_unknownShapes_throwNamingTheText() {
        for (String text : new String[] {"(00XX,0010)", "(0010,001x)", "0010,0010", "(GGGG,EEEE)", "(0010,0010) "}) {
            var e = assertThrows(IllegalStateException.class, () -> TagPattern.parse(text, "file row 3"));
            assertEquals("file row 3: unknown tag shape '" + text
                    + "' (known: (gggg,eeee), X in the element, 50XX/60XX/7FXX groups)", e.getMessage());
        }
    }

    @Test
    void overlaps_sharedMember_true() {
        assertTrue(TagPattern.parse("(1000,XXX0)", "a").overlaps(TagPattern.parse("(1000,0010)", "b")));
        assertFalse(TagPattern.parse("(1000,XXX0)", "a").overlaps(TagPattern.parse("(1000,XXX1)", "b")));
    }
}
