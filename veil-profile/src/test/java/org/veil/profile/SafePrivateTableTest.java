package org.veil.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.testkit.Standard;

class SafePrivateTableTest {
    private static final Pattern ROW_START = Pattern.compile("^\\s*\\| \\(([0-9A-Fa-f]{4}),xx([0-9A-Fa-f]{2})\\)");

    private static SafePrivateElement find(String creator, int group, int offset) {
        List<SafePrivateElement> found = SafePrivateTable.elements().stream()
                .filter(e -> e.creator().equals(creator) && e.group() == group && e.elementOffset() == offset)
                .toList();
        assertEquals(1, found.size(), creator);
        return found.get(0);
    }

    @Test
    void elements_oneForEveryRowOfTheSourceTable() throws IOException {
        List<String> lines = Files.readAllLines(Standard.file("text/ps3.15_chapter_E.rst"), StandardCharsets.UTF_8);
        int start = lines.indexOf("      .. table:: Safe Private Attributes");
        assertTrue(start > 0);
        int rows = 0;
        int i = start + 2;
        for (; !lines.get(i).isBlank(); i++) {
            var m = ROW_START.matcher(lines.get(i));
            if (m.find()) {
                SafePrivateElement e = SafePrivateTable.elements().get(rows);
                assertEquals(Integer.parseInt(m.group(1), 16), e.group(), lines.get(i));
                assertEquals(Integer.parseInt(m.group(2), 16), e.elementOffset(), lines.get(i));
                rows++;
            }
        }
        assertEquals(130, rows);
        assertEquals(rows, SafePrivateTable.elements().size());
    }

    @Test
    void element_wrappedCells_areJoined() {
        SafePrivateElement e = find("GEMS_ACQU_01", 0x0019, 0x23);
        assertEquals("DS", e.vr());
        assertEquals("1", e.vm());
        assertEquals("Table Speed [mm/rotation]", e.meaning());
        assertEquals("SUV Factor - Multiplying stored pixel values by Rescale Slope then this factor results in "
                + "SUVbw in g/l", find("Philips PET Private Group", 0x7053, 0x00).meaning());
        assertEquals("SIEMENS SYNGO ULTRA-SOUND TOYON DATA STREAMING",
                find("SIEMENS SYNGO ULTRA-SOUND TOYON DATA STREAMING", 0x7FD1, 0x01).creator());
    }

    @Test
    void element_markupAndLowerCaseHex_areHandled() {
        assertEquals("1st value is B Value", find("GEMS_PARM_01", 0x0043, 0x39).meaning());
        assertEquals("Left Cerebellar Gray Matter", find("NQLeft", 0x0199, 0x0A).meaning());
        assertEquals("", find("SIEMENS Ultrasound SC2000", 0x0119, 0x11).vr());
        assertEquals("", find("SIEMENS Ultrasound SC2000", 0x0119, 0x21).meaning());
    }

    @Test
    void elements_haveNoLeftoverMarkup() {
        for (SafePrivateElement e : SafePrivateTable.elements()) {
            for (String s : List.of(e.creator(), e.meaning())) {
                assertFalse(s.contains("|") || s.contains("`") || s.contains("\\") || s.contains("\u200B")
                        || s.contains("  ") || !s.equals(s.strip()), s);
            }
        }
    }

    @Test
    void matches_elementInAnyBlockOfItsCreator() {
        SafePrivateElement e = find("GEMS_ACQU_01", 0x0019, 0x23);
        assertTrue(e.matches(0x00191023, "GEMS_ACQU_01"));
        assertTrue(e.matches(0x00192123, "GEMS_ACQU_01"));
        assertFalse(e.matches(0x00191023, "SIEMENS MR HEADER"));
        assertFalse(e.matches(0x00191024, "GEMS_ACQU_01"));
        assertFalse(e.matches(0x00190023, "GEMS_ACQU_01"), "a creator element is not a data element");
    }

    @Test
    void constructor_evenGroup_throws() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SafePrivateElement("X", 0x0018, 0x10, "DS", "1", ""));
        assertEquals("safe private element of X: group 0018 is not odd", e.getMessage());
    }
}
