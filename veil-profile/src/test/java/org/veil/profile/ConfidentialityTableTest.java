package org.veil.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.testkit.JsonRows;
import org.veil.testkit.Standard;

class ConfidentialityTableTest {
    private static final String PRIVATE_ROW = "(GGGG,EEEE) WHERE GGGG IS ODD";

    private static List<Map<String, String>> source() {
        return JsonRows.read(Standard.file("json/confidentiality_profile_attributes.json"));
    }

    private static ProfileRule rule(int tag) {
        List<ProfileRule> found = ConfidentialityTable.rules().stream().filter(r -> r.matches(tag)).toList();
        assertEquals(1, found.size(), () -> String.format("rules matching %08X: %s", tag, found));
        return found.get(0);
    }

    @Test
    void rules_everySourceRow_isAccountedFor() {
        List<Map<String, String>> rows = source();
        assertEquals(621, rows.size());
        assertEquals(620, ConfidentialityTable.rules().size());
        assertEquals(1, rows.stream().filter(r -> r.get("tag").equals(PRIVATE_ROW)).count());
    }

    @Test
    void rules_eachSourceRow_hasItsActionsAndOptions() {
        for (Map<String, String> row : source()) {
            String text = row.get("tag");
            ProfileRule r;
            if (text.equals(PRIVATE_ROW)) {
                r = ConfidentialityTable.privateAttributes();
            } else {
                int tag = Integer.parseUnsignedInt((text.substring(1, 5) + text.substring(6, 10)).replace('X', '0'), 16);
                List<ProfileRule> same = ConfidentialityTable.rules().stream().filter(x -> x.tag() == tag).toList();
                assertEquals(1, same.size(), text);
                r = same.get(0);
            }
            assertEquals(row.get("name").replaceAll("\\s+", " "), r.name(), text);
            assertEquals(row.get("basicProfile"), r.basic().code(), text);
            assertEquals(row.get("stdCompIOD").equals("Y"), r.inStdCompIod(), text);
            for (ProfileOption o : ProfileOption.values()) {
                ProfileAction action = r.option(o);
                String expected = o.column().map(row::get).orElse(null);
                assertEquals(expected, action == null ? null : action.code(), text + " " + o);
            }
        }
    }

    @Test
    void rule_patientNameAndAccessionNumber_areEmptied() {
        assertEquals(ProfileAction.Z, rule(0x00100010).basic());
        assertEquals("Patient's Name", rule(0x00100010).name());
        assertEquals(ProfileAction.Z, rule(0x00080050).basic());
        assertEquals(Map.of(), rule(0x00080050).options());
    }

    @Test
    void rule_studyDate_isEmptiedUnlessDatesAreRetained() {
        ProfileRule r = rule(0x00080020);
        assertEquals(ProfileAction.Z, r.basic());
        assertEquals(ProfileAction.K, r.option(ProfileOption.RETAIN_LONG_FULL_DATES));
        assertEquals(ProfileAction.C, r.option(ProfileOption.RETAIN_LONG_MODIFIED_DATES));
        assertNull(r.option(ProfileOption.RETAIN_UIDS));
        assertEquals(ProfileAction.X_Z_D, rule(0x0008002A).basic());
    }

    @Test
    void rule_sopInstanceUid_isReplacedUnlessUidsAreRetained() {
        ProfileRule r = rule(0x00080018);
        assertEquals(ProfileAction.U, r.basic());
        assertEquals(Map.of(ProfileOption.RETAIN_UIDS, ProfileAction.K), r.options());
    }

    @Test
    void rule_repeatingGroups_matchTheEvenGroupsOnly() {
        assertEquals("Overlay Data", rule(0x60023000).name());
        assertEquals("Overlay Comments", rule(0x601E4000).name());
        assertEquals("Curve Data", rule(0x50041234).name());
        assertEquals(ProfileAction.C, rule(0x60003000).option(ProfileOption.CLEAN_GRAPHICS));
        for (int tag : new int[] {0x60013000, 0x60203000, 0x50210010}) {
            assertTrue(ConfidentialityTable.rules().stream().noneMatch(r -> r.matches(tag)),
                    String.format("%08X", tag));
        }
    }

    @Test
    void privateAttributes_isRemovedUnlessSafePrivateIsRetained() {
        ProfileRule r = ConfidentialityTable.privateAttributes();
        assertEquals(ProfileAction.X, r.basic());
        assertEquals(Map.of(ProfileOption.RETAIN_SAFE_PRIVATE, ProfileAction.C), r.options());
        assertTrue(r.matches(0x00291010));
        assertTrue(r.matches(0x00090010));
        assertFalse(r.matches(0x00100010));
    }

    @Test
    void rules_areSortedByTagAndUnmodifiable() {
        List<ProfileRule> rules = ConfidentialityTable.rules();
        for (int i = 1; i < rules.size(); i++) {
            assertTrue(Integer.compareUnsigned(rules.get(i - 1).tag(), rules.get(i).tag()) < 0, rules.get(i).name());
        }
        assertThrows(UnsupportedOperationException.class, () -> rules.remove(0));
        assertThrows(UnsupportedOperationException.class,
                () -> rules.get(0).options().put(ProfileOption.RETAIN_UIDS, ProfileAction.K));
        assertNotNull(rules.get(0).options());
    }
}
