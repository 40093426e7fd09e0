package org.veil.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileActionTest {

    @Test
    void ofCode_everyTableCode_mapsToItsAction() {
        List<String> codes = List.of("D", "Z", "X", "K", "C", "U", "Z/D", "X/D", "X/Z", "X/Z/D", "X/Z/U*");
        assertEquals(codes.size(), ProfileAction.values().length);
        for (String code : codes) {
            assertEquals(code, ProfileAction.ofCode(code).code());
        }
        assertEquals(ProfileAction.X_Z_U_STAR, ProfileAction.ofCode("X/Z/U*"));
    }

    @Test
    void ofCode_unknownCode_throwsNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProfileAction.ofCode("X/U"));
        assertEquals("unknown PS3.15 Table E.1-1 action code 'X/U'", e.getMessage());
    }
}
