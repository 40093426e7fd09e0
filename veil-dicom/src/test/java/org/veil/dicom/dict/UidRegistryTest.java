package org.veil.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.testkit.JsonRows;
import org.veil.testkit.Standard;

class UidRegistryTest {
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    private static Path annexA() {
        return Standard.file("text/ps3.06_chapter_A.rst");
    }

    @Test
    void lookup_explicitVrBigEndian_isRetiredTransferSyntax() {
        UidEntry e = UidRegistry.lookup("1.2.840.10008.1.2.2");
        assertEquals("Explicit VR Big Endian (Retired)", e.name());
        assertEquals("ExplicitVRBigEndian", e.keyword());
        assertEquals(UidType.TRANSFER_SYNTAX, e.type());
        assertTrue(e.retired());
        assertEquals("1.2.840.10008.1.2.2", Uids.ExplicitVRBigEndian);
    }

    @Test
    void lookup_wellKnownNames_areUnwrapped() {
        assertEquals("Implicit VR Little Endian: Default Transfer Syntax for DICOM",
                UidRegistry.lookup(Uids.ImplicitVRLittleEndian).name());
        assertEquals("1.2.840.10008.1.2.1", Uids.ExplicitVRLittleEndian);
        assertEquals("1.2.840.10008.5.1.4.1.1.2", Uids.CTImageStorage);
        assertEquals("JPEG Lossless, Non-Hierarchical (Process 14)",
                UidRegistry.lookup("1.2.840.10008.1.2.4.57").name());
        assertEquals("dicomTransferCapability", UidRegistry.lookup("1.2.840.10008.15.0.4.8").name());
        assertEquals(UidType.SYNCHRONIZATION_FRAME_OF_REFERENCE,
                UidRegistry.lookup("1.2.840.10008.15.1.1").type());
        assertFalse(UidRegistry.lookup(Uids.CTImageStorage).retired());
    }

    @Test
    void lookup_unknownOrNull_isNull() {
        assertNull(UidRegistry.lookup("1.2.3.4"));
        assertNull(UidRegistry.lookup(null));
        assertFalse(UidRegistry.isRegistered("1.2.840.10008.1.2.1\0"));
        assertTrue(UidRegistry.isRegistered("1.2.840.10008.1.2.1"));
    }

    @Test
    void all_everyEntry_isAValidUidWithoutZeroWidthSpaces() {
        Set<String> uids = new HashSet<>();
        for (UidEntry e : UidRegistry.all()) {
            assertTrue(UID.matcher(e.uid()).matches() && e.uid().length() <= 64, e.uid());
            assertFalse(e.name().contains("\u200B") || e.keyword().contains("\u200B"), e.uid());
            assertFalse(e.name().contains("*") || e.name().contains("  ") || e.name().contains("`"), e.name());
            assertTrue(uids.add(e.uid()), "twice: " + e.uid());
        }
    }

    @Test
    void tableA1_everyRow_isRegisteredWithItsTypeAndRetiredFlag() {
        List<AnnexATable.Row> rows = AnnexATable.rows(annexA(), "UID Values");
        int retired = 0;
        for (AnnexATable.Row row : rows) {
            UidEntry e = UidRegistry.lookup(row.cells().get(0));
            assertNotNull(e, row.cells().get(0));
            assertEquals(row.cells().get(2).toLowerCase(java.util.Locale.ROOT), AnnexATable.squeeze(e.type().text()),
                    e.uid());
            assertEquals(row.italic(), e.retired(), e.uid());
            retired += row.italic() ? 1 : 0;
        }
        long registryRetired = UidRegistry.all().stream()
                .filter(e -> e.retired() && e.type() != UidType.CONTEXT_GROUP).count();
        assertEquals(retired, registryRetired);
    }

    @Test
    void countsPerType_matchTheSourceTables() {
        Map<UidType, Integer> expected = new EnumMap<>(UidType.class);
        Set<String> tableA1 = new HashSet<>();
        for (AnnexATable.Row row : AnnexATable.rows(annexA(), "UID Values")) {
            tableA1.add(row.cells().get(0));
            UidType type = null;
            for (UidType t : UidType.values()) {
                if (AnnexATable.squeeze(t.text()).equals(row.cells().get(2).toLowerCase(java.util.Locale.ROOT))) {
                    type = t;
                }
            }
            assertNotNull(type, row.cells().get(2));
            expected.merge(type, 1, Integer::sum);
        }
        long sopsOutsideA1 = JsonRows.read(Standard.file("json/sops.json")).stream()
                .filter(r -> !tableA1.contains(r.get("id"))).count();
        expected.merge(UidType.SOP_CLASS, (int) sopsOutsideA1, Integer::sum);
        expected.put(UidType.CONTEXT_GROUP, AnnexATable.rows(annexA(), "Context Group UID Values").size());
        for (AnnexATable.Row row : AnnexATable.rows(annexA(), "Well-known Frames of Reference")) {
            assertTrue(tableA1.contains(row.cells().get(0)), "frame of reference outside Table A-1: " + row);
        }
        Map<UidType, Integer> actual = new EnumMap<>(UidType.class);
        for (UidEntry e : UidRegistry.all()) {
            actual.merge(e.type(), 1, Integer::sum);
        }
        assertEquals(24, actual.get(UidType.DOCUMENT_TEMPLATE_ID) + actual.get(UidType.SECTION_TEMPLATE_ID)
                + actual.get(UidType.ENTRY_TEMPLATE_ID) + actual.get(UidType.ELEMENT_SET_TEMPLATE_ID));
        actual.keySet().removeIf(t -> t.text().endsWith("TemplateID"));
        assertEquals(expected, actual);
    }

    @Test
    void uidsConstants_everyNamedEntry_hasAConstantWithItsKeyword() throws IllegalAccessException {
        int constants = 0;
        for (Field f : Uids.class.getFields()) {
            UidEntry e = UidRegistry.lookup((String) f.get(null));
            assertNotNull(e, f.getName());
            assertEquals(f.getName(), e.keyword());
            constants++;
        }
        assertEquals(UidRegistry.all().stream().filter(e -> !e.keyword().isEmpty()).count(), constants);
        assertEquals(UidRegistry.all().stream().filter(e -> !e.name().isEmpty() && !e.name().equals("(Retired)"))
                .count(), constants, "every entry with a real name has a keyword");
    }

    @Test
    void uidsConstants_clashingNames_retiredOneIsSuffixed() {
        assertEquals("1.2.840.10008.5.1.4.1.1.6.1", Uids.UltrasoundImageStorage);
        assertEquals("1.2.840.10008.5.1.4.1.1.6", Uids.UltrasoundImageStorageRetired);
        assertEquals("1.2.840.10008.5.1.4.1.1.9.1.1", Uids.TwelveLeadECGWaveformStorage);
    }

    @Test
    void type_ofText_roundTripsAndRejectsUnknown() {
        for (UidType t : UidType.values()) {
            assertEquals(t, UidRegistry.type(t.text()));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> UidRegistry.type("Frame of Nothing"));
        assertEquals("unknown UID type 'Frame of Nothing'", e.getMessage());
    }
}
