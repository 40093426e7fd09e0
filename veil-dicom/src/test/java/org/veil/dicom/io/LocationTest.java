package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.veil.dicom.TagPath;

/** A location whose path is made on demand is the same as one given its path. */
class LocationTest {
    private static final TagPath ITEM = TagPath.ROOT.child(0x00081115).item(2);

    @Test
    void of_pathAskedFor_isTheChildOfTheEnclosingPath() {
        Location lazy = Location.of("a.dcm", 0x1A2C, ITEM, 0x00081155);

        assertEquals(ITEM.child(0x00081155), lazy.path());
        assertSame(lazy.path(), lazy.path());
        assertEquals("a.dcm @0x1A2C (0008,1115)[3]/(0008,1155)", lazy.toString());
    }

    @Test
    void equals_lazyAndGiven_equalWhenSourceOffsetAndPathAre() {
        Location lazy = Location.of("a.dcm", 16, TagPath.ROOT, 0x00100010);
        Location given = new Location("a.dcm", 16, TagPath.ROOT.child(0x00100010));

        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertNotEquals(given, Location.of("a.dcm", 16, TagPath.ROOT, 0x00100020));
        assertNotEquals(given, Location.of("a.dcm", 18, TagPath.ROOT, 0x00100010));
        assertNotEquals(given, Location.of("b.dcm", 16, TagPath.ROOT, 0x00100010));
        assertEquals("a.dcm @0x10", new Location("a.dcm", 16, TagPath.ROOT).toString());
    }
}
