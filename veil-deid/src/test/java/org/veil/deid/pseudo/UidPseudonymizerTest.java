package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UidPseudonymizerTest {
    private static final String UID = "1.2.840.113619.2.55.3.604688119.969.1268071029.320";
    private final UidPseudonymizer uids = new UidPseudonymizer(ReferenceKey.key().subkeys(), UidOptions.defaults());

    @Test
    void map_referenceKey_matchesIndependentImplementation() {
        assertEquals(new Outcome.Ok("2.25.315481553907398652942408604373851588379"), uids.map(UID));
    }

    @Test
    void map_nulOrSpacePadding_sameAsUnpadded() {
        Outcome expected = uids.map(UID);
        assertEquals(expected, uids.map(UID + "\0"));
        assertEquals(expected, uids.map(UID + " "));
        assertEquals(expected, uids.map(UID + " \0"));
    }

    @Test
    void map_registeredUid_keptWithoutPadding() {
        UidPseudonymizer keeping = new UidPseudonymizer(ReferenceKey.key().subkeys(),
                UidOptions.defaults().withKeep(Set.of("1.2.840.10008.5.1.4.1.1.2")::contains));
        assertEquals(new Outcome.Ok("1.2.840.10008.5.1.4.1.1.2"), keeping.map("1.2.840.10008.5.1.4.1.1.2\0"));
        assertNotEquals(new Outcome.Ok(UID), keeping.map(UID));
    }

    @Test
    void map_empty_empty() {
        assertEquals(new Outcome.Ok(""), uids.map("\0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.2.03|UI: component with a leading zero at character 4",
        "1..2|UI: empty component at character 2", "1.2.|UI: empty component at character 4",
        "1.2a|UI: character 3 is not a digit or '.'", "' 1.2'|UI: character 0 is not a digit or '.'"})
    void map_invalidReported_reasonWithoutValue(String input, String reason) {
        assertEquals(new Outcome.Invalid(reason), uids.map(input));
    }

    @Test
    void map_longerThan64_reported() {
        assertEquals(new Outcome.Invalid("UI: longer than 64 characters"), uids.map("1." + "2".repeat(63)));
    }

    @Test
    void map_invalidWithMapPolicy_mappedToValidUid() {
        UidPseudonymizer mapping = new UidPseudonymizer(ReferenceKey.key().subkeys(),
                UidOptions.defaults().withInvalid(InvalidUidPolicy.MAP));
        assertEquals(new Outcome.Ok("2.25.168425284167324497999829202431334727949"), mapping.map("1.2.03.x\0"));
        assertTrue(UidSyntax.isValid(mapping.map("1.2.03.x").valueOrThrow()));
    }

    @Test
    void map_zeroComponentUid_valid() {
        assertTrue(uids.map("0.0.1").isOk());
    }
}
