package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;

/**
 * The encoded examples printed in PS3.5 Annexes H (Japanese), I (Korean) and K (Chinese). The expected bytes are
 * the standard's, written here in hex instead of column/row; the same bytes are in D. Clunie's charset test files
 * of the corpus (chrH31, chrH32, chrI2, chrX1, chrX2), which {@link CharsetCorpusTest} checks against these
 * literals.
 */
class StandardExamplesTest {
    /** PS3.5 H.3.1, value 1 empty: "Yamada^Tarou=山田^太郎=やまだ^たろう". */
    static final String H31_TEXT = "Yamada^Tarou=\u5C71\u7530^\u592A\u90CE=\u3084\u307E\u3060^\u305F\u308D\u3046";
    static final String H31_BYTES = "59 61 6D 61 64 61 5E 54 61 72 6F 75 3D 1B 24 42 3B 33 45 44 1B 28 42 5E 1B 24 42"
            + " 42 40 4F 3A 1B 28 42 3D 1B 24 42 24 64 24 5E 24 40 1B 28 42 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 42";

    /** PS3.5 H.3.2, value 1 ISO 2022 IR 13: "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう". */
    static final String H32_TEXT = "\uFF94\uFF8F\uFF80\uFF9E^\uFF80\uFF9B\uFF73=\u5C71\u7530^\u592A\u90CE"
            + "=\u3084\u307E\u3060^\u305F\u308D\u3046";
    static final String H32_BYTES = "D4 CF C0 DE 5E C0 DB B3 3D 1B 24 42 3B 33 45 44 1B 28 4A 5E 1B 24 42 42 40 4F 3A"
            + " 1B 28 4A 3D 1B 24 42 24 64 24 5E 24 40 1B 28 4A 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 4A";

    /** PS3.5 I.2 Example 1, value 1 empty: "Hong^Gildong=洪^吉洞=홍^길동". */
    static final String I2_TEXT = "Hong^Gildong=\u6D2A^\u5409\u6D1E=\uD64D^\uAE38\uB3D9";
    static final String I2_BYTES = "48 6F 6E 67 5E 47 69 6C 64 6F 6E 67 3D 1B 24 29 43 FB F3 5E 1B 24 29 43 D1 CE D4 D7"
            + " 3D 1B 24 29 43 C8 AB 5E 1B 24 29 43 B1 E6 B5 BF";

    @Test
    void encode_annexH31JapaneseName_standardBytes() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals(H31_BYTES, Hex.of(cs.encode(H31_TEXT, VR.PN)));
        assertEquals(H31_TEXT, cs.decode(Hex.bytes(H31_BYTES), VR.PN));
    }

    @Test
    void encode_annexH32KatakanaValue1_returnsToIsoIr14WithEscJ() {
        var cs = SpecificCharacterSet.of("ISO 2022 IR 13", "ISO 2022 IR 87");
        assertEquals(H32_BYTES, Hex.of(cs.encode(H32_TEXT, VR.PN)));
        assertEquals(H32_TEXT, cs.decode(Hex.bytes(H32_BYTES), VR.PN));
    }

    @Test
    void encode_annexI2KoreanName_redesignatesG1AfterEachDelimiter() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 149");
        assertEquals(I2_BYTES, Hex.of(cs.encode(I2_TEXT, VR.PN)));
        assertEquals(I2_TEXT, cs.decode(Hex.bytes(I2_BYTES), VR.PN));
    }

    /** PS3.5 I.2 Example 2: Korean in a text value, G1 designated again on each line. */
    @Test
    void encode_annexI2KoreanLongText_redesignatesG1OnEachLine() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 149");
        String text = "The 1st line includes \uD55C\uAE00.\r\nThe 2nd line includes \uD55C\uAE00, too.\r\n"
                + "The 3rd line.";
        String expected = "54 68 65 20 31 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 1B 24 29 43 C7 D1 B1 DB"
                + " 2E 0D 0A 54 68 65 20 32 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 1B 24 29 43 C7 D1"
                + " B1 DB 2C 20 74 6F 6F 2E 0D 0A 54 68 65 20 33 72 64 20 6C 69 6E 65 2E";
        assertEquals(expected, Hex.of(cs.encode(text, VR.LT)));
        assertEquals(text, cs.decode(Hex.bytes(expected), VR.LT));
    }

    /** PS3.5 K.2, GB 2312 by code extension: "Zhang^XiaoDong=张^小东=". */
    @Test
    void encode_annexKChineseIsoIr58_designatesGb2312InG1() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 58");
        String text = "Zhang^XiaoDong=\u5F20^\u5C0F\u4E1C=";
        String expected = "5A 68 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D 1B 24 29 41 D5 C5 5E 1B 24 29 41 D0 A1 B6 AB"
                + " 3D";
        assertEquals(expected, Hex.of(cs.encode(text, VR.PN)));
        assertEquals(text, cs.decode(Hex.bytes(expected), VR.PN));
    }

    /** PS3.5 K.1, GB18030: "Wang^XiaoDong=王^小东=". */
    @Test
    void encode_annexKChineseGb18030_noEscapes() {
        var cs = SpecificCharacterSet.of("GB18030");
        String text = "Wang^XiaoDong=\u738B^\u5C0F\u4E1C=";
        String expected = "57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D CD F5 5E D0 A1 B6 AB 3D";
        assertEquals(expected, Hex.of(cs.encode(text, VR.PN)));
        assertEquals(text, cs.decode(Hex.bytes(expected), VR.PN));
    }

    /** PS3.5 K.1, UTF-8: "Wang^XiaoDong=王^小東=". */
    @Test
    void encode_annexKChineseUtf8_noEscapes() {
        var cs = SpecificCharacterSet.of("ISO_IR 192");
        String text = "Wang^XiaoDong=\u738B^\u5C0F\u6771=";
        String expected = "57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D E7 8E 8B 5E E5 B0 8F E6 9D B1 3D";
        assertEquals(expected, Hex.of(cs.encode(text, VR.PN)));
        assertEquals(text, cs.decode(Hex.bytes(expected), VR.PN));
    }
}
