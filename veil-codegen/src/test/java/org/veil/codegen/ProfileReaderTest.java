package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {
    private static final String PRIVATE = "{\"name\":\"Private Attributes\",\"tag\":\"(GGGG,EEEE) WHERE GGGG IS ODD\","
            + "\"stdCompIOD\":\"N\",\"basicProfile\":\"X\",\"rtnSafePrivOpt\":\"C\",\"id\":\"p\"}";

    private static SourceFile json(String... rows) {
        return new SourceFile("json/confidentiality_profile_attributes.json",
                ("[" + String.join(",", rows) + "]").getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String tag, String basic, String extra) {
        return "{\"name\":\"N\",\"tag\":\"" + tag + "\",\"stdCompIOD\":\"Y\",\"basicProfile\":\"" + basic + "\""
                + extra + ",\"id\":\"x\"}";
    }

    @Test
    void read_rowsAndPrivateRow_areSeparatedAndSorted() {
        ProfileReader.Table t = ProfileReader.read(json(
                row("(60XX,3000)", "X", ",\"cleanGraphOpt\":\"C\""), PRIVATE,
                row("(0008,0020)", "Z", ",\"rtnLongModifDatesOpt\":\"C\",\"rtnLongFullDatesOpt\":\"K\""),
                row("(0008,002A)", "X/Z/D", ""), row("(0040,0555)", "X/Z/U*", "")));
        assertEquals(5, t.sourceRows());
        assertEquals(4, t.rules().size());
        assertEquals(0x00080020, t.rules().get(0).pattern().tag());
        assertEquals(Map.of("RETAIN_LONG_FULL_DATES", "K", "RETAIN_LONG_MODIFIED_DATES", "C"),
                t.rules().get(0).options());
        assertEquals("X_Z_D", t.rules().get(1).basic());
        assertEquals("X_Z_U_STAR", t.rules().get(2).basic());
        assertEquals(0xFFE1FFFF, t.rules().get(3).pattern().mask());
        assertEquals(ProfileReader.ODD_GROUPS, t.privateAttributes().pattern());
        assertEquals(Map.of("RETAIN_SAFE_PRIVATE", "C"), t.privateAttributes().options());
    }

    @Test
    void read_unknownActionCode_throwsNamingTheRow() {
        var e = assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(row("(0010,0010)", "Q", ""),
                PRIVATE)));
        assertEquals("json/confidentiality_profile_attributes.json row 0 (0010,0010): unknown action code 'Q'",
                e.getMessage());
    }

    @Test
    void read_unknownColumn_throws() {
        var e = assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(
                row("(0010,0010)", "Z", ",\"rtnEverythingOpt\":\"K\""), PRIVATE)));
        assertEquals("json/confidentiality_profile_attributes.json row 0 (0010,0010): unknown column "
                + "'rtnEverythingOpt'", e.getMessage());
    }

    @Test
    void read_missingOrSecondPrivateRow_throws() {
        assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(row("(0010,0010)", "Z", ""))));
        assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(PRIVATE, PRIVATE)));
    }

    @Test
    void read_duplicateTag_throws() {
        var e = assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(row("(0010,0010)", "Z", ""),
                row("(0010,0010)", "X", ""), PRIVATE)));
        assertEquals("json/confidentiality_profile_attributes.json: tag (0010,0010) twice", e.getMessage());
    }

    @Test
    void read_unknownTagShape_throws() {
        assertThrows(IllegalStateException.class, () -> ProfileReader.read(json(row("(GGGG,0010)", "Z", ""),
                PRIVATE)));
    }
}
