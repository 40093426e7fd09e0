package org.veil.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.testkit.JsonRows;
import org.veil.testkit.Standard;

class StandardDictionaryTest {

    @Test
    void entry_patientName_isPersonName() {
        DictionaryEntry e = StandardDictionary.entry(0x00100010);
        assertEquals("PatientName", e.keyword());
        assertEquals("Patient's Name", e.name());
        assertEquals(List.of(VR.PN), e.vrs());
        assertEquals("1", e.vm());
        assertFalse(e.retired());
        assertEquals(VR.PN, StandardDictionary.vr(Tags.PatientName));
        assertEquals(0x00100010, Tags.PatientName);
        assertEquals("(0010,0010)", Tag.format(Tags.PatientName));
    }

    @Test
    void entry_overlayDataInSecondOverlayGroup_matchesRepeatingGroup() {
        DictionaryEntry e = StandardDictionary.entry(0x60023000);
        assertEquals("OverlayData", e.keyword());
        assertEquals(List.of(VR.OB, VR.OW), e.vrs());
        assertTrue(e.multiVr());
        assertTrue(e.repeating());
        assertEquals(0x60003000, Tags.OverlayData);
        assertEquals(0x60003000, StandardDictionary.tag("OverlayData"));
        assertEquals(VR.OB, StandardDictionary.vr(0x601E3000));
    }

    @Test
    void entry_overlayGroupOutsideEvenRange_isNotOverlayData() {
        assertNull(StandardDictionary.entry(0x60013000));
        assertNull(StandardDictionary.entry(0x60203000));
        assertNull(StandardDictionary.entry(0x50213000));
        assertEquals(VR.UN, StandardDictionary.vr(0x60203000));
    }

    @Test
    void entry_smallestImagePixelValue_isUsOrSs() {
        DictionaryEntry e = StandardDictionary.entry(0x00280106);
        assertEquals(List.of(VR.US, VR.SS), e.vrs());
        assertTrue(e.multiVr());
        assertEquals(VR.US, StandardDictionary.vr(0x00280106));
    }

    @Test
    void entry_privateTag_isUnknown() {
        assertNull(StandardDictionary.entry(0x00291010));
        assertEquals(VR.UN, StandardDictionary.vr(0x00291010));
        assertEquals("", StandardDictionary.keyword(0x00291010));
        assertNull(StandardDictionary.entry(0x00290010));
    }

    @Test
    void vr_groupLength_isUlForAnyGroup() {
        assertEquals(VR.UL, StandardDictionary.vr(0x00100000));
        assertEquals(VR.UL, StandardDictionary.vr(0x00090000));
        assertEquals(VR.UL, StandardDictionary.vr(0x60020000));
        assertEquals(VR.UL, StandardDictionary.vr(Tags.FileMetaInformationGroupLength));
        assertNull(StandardDictionary.entry(0x00100000));
        assertNotNull(StandardDictionary.entry(0x00020000));
    }

    @Test
    void entry_itemAndDelimiters_haveNoVr() {
        for (int tag : new int[] {0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD}) {
            assertEquals(List.of(), StandardDictionary.entry(tag).vrs());
            assertEquals(VR.UN, StandardDictionary.vr(tag));
        }
        assertEquals("ItemDelimitationItem", StandardDictionary.keyword(0xFFFEE00D));
    }

    @Test
    void entry_unknownStandardTag_isNull() {
        assertNull(StandardDictionary.entry(0x0010FFF0));
        assertEquals("", StandardDictionary.keyword(0x0010FFF0));
        assertEquals(VR.UN, StandardDictionary.vr(0x0010FFF0));
        assertEquals(-1, StandardDictionary.tag("NoSuchKeyword"));
        assertNull(StandardDictionary.entry("NoSuchKeyword"));
    }

    @Test
    void entry_elementRanges_followTheXPositions() {
        assertEquals("ZonalMap", StandardDictionary.keyword(0x10101234));
        assertEquals("RowsForNthOrderCoefficients", StandardDictionary.keyword(0x00280410));
        assertEquals("TransformLabel", StandardDictionary.keyword(0x00280400), "an exact row wins over a range");
        assertEquals("", StandardDictionary.keyword(0x00280415));
    }

    @Test
    void everySourceRow_lookedUp_matchesTheSource() {
        List<Map<String, String>> rows = JsonRows.read(Standard.file("json/attributes.json"));
        assertEquals(rows.size(), StandardDictionary.all().size());
        for (Map<String, String> row : rows) {
            String text = row.get("tag");
            int tag = Integer.parseUnsignedInt(text.substring(1, 5).replace('X', '0') + text.substring(6, 10)
                    .replace('X', '0'), 16);
            int member = firstUnshadowedMember(text);
            DictionaryEntry e = StandardDictionary.entry(member);
            assertNotNull(e, text);
            assertEquals(tag, e.tag(), text);
            assertEquals(row.get("keyword"), e.keyword(), text);
            assertEquals(row.get("keyword"), StandardDictionary.keyword(member), text);
            assertEquals(row.get("name"), e.name(), text);
            assertEquals(row.get("valueMultiplicity"), e.vm(), text);
            assertEquals(row.get("retired").equals("Y"), e.retired(), text);
            assertEquals(expectedVrs(row.get("valueRepresentation")), e.vrs(), text);
            if (!row.get("keyword").isEmpty()) {
                assertEquals(tag, StandardDictionary.tag(row.get("keyword")), text);
                assertEquals(row.get("keyword"), StandardDictionary.entry(row.get("keyword")).keyword(), text);
            }
        }
    }

    @Test
    void tagsConstants_everyKeyword_hasAConstantWithItsTag() throws IllegalAccessException {
        int constants = 0;
        for (Field f : Tags.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                assertEquals(StandardDictionary.tag(f.getName()), f.getInt(null), f.getName());
                constants++;
            }
        }
        long keywords = JsonRows.read(Standard.file("json/attributes.json")).stream()
                .filter(r -> !r.get("keyword").isEmpty()).count();
        assertEquals(keywords, constants);
    }

    private static List<VR> expectedVrs(String text) {
        List<VR> vrs = new ArrayList<>();
        if (text.isEmpty() || text.equals("See Note 2")) {
            return vrs;
        }
        for (String name : text.split(" or ")) {
            vrs.add(VR.of(name));
        }
        return vrs;
    }

    /**
     * A tag of the pattern that no exact row claims: the pattern itself when exact, otherwise the first member
     * (free hex digits counting up from 0, 50xx/60xx/7Fxx groups over the even values) whose exact lookup misses.
     */
    private static int firstUnshadowedMember(String text) {
        String group = text.substring(1, 5);
        String element = text.substring(6, 10);
        if (!(group + element).contains("X")) {
            return Integer.parseUnsignedInt(group + element, 16);
        }
        for (int g = 0; g <= (group.contains("X") ? 0x1E : 0); g += 2) {
            String gg = group.contains("X") ? group.substring(0, 2) + String.format("%02X", g) : group;
            for (int v = 0; v < 0x10000; v++) {
                String ee = fill(element, v);
                if (ee == null) {
                    break;
                }
                int tag = Integer.parseUnsignedInt(gg + ee, 16);
                DictionaryEntry e = StandardDictionary.entry(tag);
                if (e != null && e.repeating()) {
                    return tag;
                }
            }
        }
        throw new AssertionError("no member of " + text + " is free of exact rows");
    }

    /** The element with its X digits replaced by the digits of v (lowest X last), or null when v is too big. */
    private static String fill(String element, int v) {
        char[] c = element.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] == 'X') {
                c[i] = Character.toUpperCase(Character.forDigit(v & 0xF, 16));
                v >>>= 4;
            }
        }
        return v == 0 ? new String(c) : null;
    }
}
