package org.veil.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.testkit.JsonRows;
import org.veil.testkit.Standard;

class SopClassesTest {

    @Test
    void iod_ctImageStorage_isCtImage() {
        assertEquals("CT Image", SopClasses.iod(Uids.CTImageStorage));
        assertEquals("CT Image Storage", SopClasses.name(Uids.CTImageStorage));
    }

    @Test
    void iod_unknownOrNull_isNull() {
        assertNull(SopClasses.iod("1.2.3"));
        assertNull(SopClasses.name("1.2.3"));
        assertNull(SopClasses.iod(null));
    }

    @Test
    void everySourceRow_matchesAndIsRegisteredAsSopClass() {
        List<Map<String, String>> rows = JsonRows.read(Standard.file("json/sops.json"));
        assertEquals(rows.size(), SopClasses.uids().size());
        for (Map<String, String> row : rows) {
            String uid = row.get("id");
            assertEquals(row.get("name"), SopClasses.name(uid), uid);
            assertEquals(row.get("ciod"), SopClasses.iod(uid), uid);
            assertEquals(UidType.SOP_CLASS, UidRegistry.lookup(uid).type(), uid);
        }
    }

    @Test
    void sourceNames_agreeWithTheRegistry_exceptOneSourceDifference() {
        // sops.json drops the trailing "Storage" that PS3.6 Table A-1 gives this SOP Class.
        Set<String> knownDifferences = Set.of("1.2.840.10008.5.1.4.1.1.79.1");
        for (Map<String, String> row : JsonRows.read(Standard.file("json/sops.json"))) {
            String registered = UidRegistry.lookup(row.get("id")).name();
            if (knownDifferences.contains(row.get("id"))) {
                assertEquals(row.get("name") + " Storage", registered);
            } else {
                assertEquals(row.get("name"), registered, row.get("id"));
            }
        }
    }
}
