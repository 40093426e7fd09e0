package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileAdditions;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;

/**
 * What the verifier searches for is PS3.15 Table E.1-1 itself: every row the Basic Profile changes is a needle,
 * every row it keeps is not, so a row added to the generated table is searched without a hand-kept list.
 */
class ProfileLookupTest {

    @Test
    void everyTableRow_basicProfile_decidesWhetherItsValueIsANeedle() {
        ProfileLookup basic = new ProfileLookup(Set.of());
        List<ProfileRule> rows = new ArrayList<>(ConfidentialityTable.rules());
        rows.addAll(ProfileAdditions.RULES);
        List<String> wrong = new ArrayList<>();
        int exact = 0;
        for (ProfileRule r : rows) {
            if (r.mask() != ProfileRule.EXACT) {
                continue;
            }
            exact++;
            if (basic.replaces(r.tag()) != (r.basic() != ProfileAction.K)) {
                wrong.add(r.name());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(exact > 500, "rows checked: " + exact);
    }

    @Test
    void repeatingGroups_andOptions_followTheTable() {
        ProfileLookup basic = new ProfileLookup(Set.of());
        assertTrue(basic.replaces(0x601E3000), "Overlay Data of the last overlay group");
        assertTrue(basic.removesPrivate());
        assertTrue(basic.replacesUid(Tags.SOPInstanceUID));
        ProfileLookup retain = new ProfileLookup(Set.of(ProfileOption.RETAIN_UIDS, ProfileOption.RETAIN_SAFE_PRIVATE));
        assertFalse(retain.replaces(Tags.SOPInstanceUID));
        assertFalse(retain.replacesUid(Tags.SOPInstanceUID));
        assertFalse(retain.removesPrivate());
        assertTrue(retain.replaces(Tags.PatientID));
        assertFalse(basic.replaces(Tags.Rows), "not in the table: not a needle by the table");
    }
}
