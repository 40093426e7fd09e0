package org.veil.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.veil.testkit.JsonRows;
import org.veil.testkit.Standard;

class ProfileOptionTest {

    @Test
    void columns_coverEveryOptionColumnOfTheSource() {
        Set<String> sourceColumns = new TreeSet<>();
        for (Map<String, String> row : JsonRows.read(Standard.file("json/confidentiality_profile_attributes.json"))) {
            row.keySet().stream().filter(k -> k.endsWith("Opt")).forEach(sourceColumns::add);
        }
        Set<String> optionColumns = new TreeSet<>();
        for (ProfileOption o : ProfileOption.values()) {
            o.column().ifPresent(optionColumns::add);
        }
        assertEquals(sourceColumns, optionColumns);
        assertEquals(10, optionColumns.size());
    }

    @Test
    void codes_areTheCid7050CodesOfTheOptions() {
        Set<Integer> codes = new HashSet<>();
        for (ProfileOption o : ProfileOption.values()) {
            assertTrue(codes.add(o.codeValue()), o.name());
            assertTrue(o.codeMeaning().endsWith(" Option"), o.codeMeaning());
            assertTrue(o.cliName().matches("[a-z]+(-[a-z]+)*"), o.cliName());
            assertEquals(o, ProfileOption.ofCliName(o.cliName()));
        }
        assertEquals(113111, ProfileOption.RETAIN_SAFE_PRIVATE.codeValue());
        assertEquals("Retain Safe Private Option", ProfileOption.RETAIN_SAFE_PRIVATE.codeMeaning());
        assertEquals("Retain Longitudinal Temporal Information Modified Dates Option",
                ProfileOption.RETAIN_LONG_MODIFIED_DATES.codeMeaning());
        assertEquals(113100, DeidentificationMethod.BASIC_PROFILE.codeValue());
        assertEquals("DCM", DeidentificationMethod.CODING_SCHEME);
        assertEquals(ProfileOption.values().length + 1, DeidentificationMethod.values().length);
    }

    @Test
    void ofColumn_andOfCliName_unknown_throw() {
        assertEquals(ProfileOption.RETAIN_UIDS, ProfileOption.ofColumn("rtnUIDsOpt"));
        var e = assertThrows(IllegalArgumentException.class, () -> ProfileOption.ofColumn("rtnAllOpt"));
        assertEquals("no profile option for Table E.1-1 column 'rtnAllOpt'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProfileOption.ofCliName("retain-all"));
        assertTrue(e.getMessage().startsWith("unknown profile option 'retain-all' (valid: retain-safe-private, "),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DeidentificationMethod.ofCode(113099));
        assertEquals("not a PS3.16 CID 7050 code: 113099", e.getMessage());
    }
}
