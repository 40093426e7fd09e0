package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 5869 Appendix A, test cases 1 to 3 (SHA-256). */
class HkdfTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] range(int from, int toExclusive) {
        byte[] b = new byte[toExclusive - from];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    private static byte[] repeat(int value, int count) {
        byte[] b = new byte[count];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void extractExpand_rfc5869CaseA1_matchesVector() {
        byte[] ikm = repeat(0x0b, 22);
        byte[] salt = range(0x00, 0x0d);
        byte[] info = range(0xf0, 0xfa);
        byte[] prk = Hkdf.extract(salt, ikm);
        assertEquals("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5", HEX.formatHex(prk));
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                HEX.formatHex(Hkdf.expand(prk, info, 42)));
    }

    @Test
    void extractExpand_rfc5869CaseA2LongInputs_matchesVector() {
        byte[] ikm = range(0x00, 0x50);
        byte[] salt = range(0x60, 0xb0);
        byte[] info = range(0xb0, 0x100);
        byte[] prk = Hkdf.extract(salt, ikm);
        assertEquals("06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244", HEX.formatHex(prk));
        assertEquals("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e0"
                + "9da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87",
                HEX.formatHex(Hkdf.expand(prk, info, 82)));
    }

    @Test
    void derive_rfc5869CaseA3EmptySaltAndInfo_matchesVector() {
        byte[] ikm = repeat(0x0b, 22);
        assertEquals("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
                HEX.formatHex(Hkdf.extract(new byte[0], ikm)));
        assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
                HEX.formatHex(Hkdf.derive(new byte[0], ikm, new byte[0], 42)));
        assertArrayEquals(Hkdf.derive(null, ikm, null, 42), Hkdf.derive(new byte[0], ikm, new byte[0], 42));
    }

    @Test
    void expand_lengthAboveLimit_throwsNamingLimit() {
        byte[] prk = new byte[32];
        var e = assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(prk, null, 8161));
        assertEquals("HKDF output length must be 1..8160, got 8161", e.getMessage());
    }

    @Test
    void expand_shortPrk_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(new byte[16], null, 32));
        assertEquals("HKDF PRK must have at least 32 bytes, got 16", e.getMessage());
    }

    @Test
    void expand_maximumLength_prefixOfLongerOutputsAgree() {
        byte[] prk = Hkdf.extract(null, repeat(7, 32));
        byte[] full = Hkdf.expand(prk, new byte[] {1}, Hkdf.MAX_OUTPUT);
        byte[] part = Hkdf.expand(prk, new byte[] {1}, 100);
        assertArrayEquals(part, java.util.Arrays.copyOf(full, 100));
    }
}
