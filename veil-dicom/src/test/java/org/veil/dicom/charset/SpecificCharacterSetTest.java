package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veil.dicom.VR;

class SpecificCharacterSetTest {

    @Test
    void of_noOrEmptyValues_returnsDefault() {
        assertSame(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of());
        assertSame(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of(""));
        assertSame(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.ofValue(" "));
        assertSame(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.ofValue(null));
        assertEquals(List.of(), SpecificCharacterSet.DEFAULT.definedTerms());
    }

    @Test
    void of_sameValuesTwice_returnsCachedInstance() {
        assertSame(SpecificCharacterSet.of("", "ISO 2022 IR 87"), SpecificCharacterSet.ofValue("\\ISO 2022 IR 87"));
        assertSame(SpecificCharacterSet.of("ISO_IR 100"), SpecificCharacterSet.of("ISO_IR 100"));
    }

    @Test
    void ofValue_leadingBackslash_emptyValue1() {
        var cs = SpecificCharacterSet.ofValue("\\ISO 2022 IR 87");
        assertEquals(List.of("", "ISO 2022 IR 87"), cs.definedTerms());
        assertEquals(List.of(), cs.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO_IR_100|ISO_IR 100", "ISO-IR 100|ISO_IR 100", "iso_ir 100|ISO_IR 100", "ISO IR 100|ISO_IR 100",
        "ISO_IR100|ISO_IR 100", "IR 100|ISO_IR 100", "ISO-8859-1|ISO_IR 100", "latin1|ISO_IR 100",
        "ISO_8859_2|ISO_IR 101", "ISO8859-15|ISO_IR 203", "UTF-8|ISO_IR 192", "utf8|ISO_IR 192",
        "iso 2022 ir 192|ISO_IR 192", "gb18030|GB18030", "GB2312|GBK", "ISO 2022 GBK|GBK", "TIS-620|ISO_IR 166",
        "ISO2022 IR 100|ISO 2022 IR 100", "US-ASCII|ISO_IR 6"})
    void of_misspeltTerm_readsCanonicalWithWarning(String misspelt, String canonical) {
        var cs = SpecificCharacterSet.of(misspelt);
        assertEquals(List.of(canonical), cs.definedTerms());
        assertEquals(List.of("value 1: read '" + misspelt + "' as '" + canonical + "'"), cs.warnings());
    }

    @Test
    void of_paddedTerm_noWarning() {
        var cs = SpecificCharacterSet.of(" ISO_IR 192 ", "");
        assertEquals(List.of("ISO_IR 192"), cs.definedTerms());
        assertEquals(List.of("value 2: empty, ignored"), cs.warnings());
        assertEquals(List.of(), SpecificCharacterSet.of("ISO_IR 192\0").warnings());
    }

    @Test
    void of_unknownTerm_defaultRepertoireWithWarning() {
        var cs = SpecificCharacterSet.of("KLINGON");
        assertEquals(List.of(), cs.definedTerms());
        assertEquals(List.of("value 1: unknown term 'KLINGON', using the default repertoire (ISO-IR 6)"),
                cs.warnings());
        assertEquals("Gr\u00FC\u00DF", cs.decode(new byte[] {'G', 'r', (byte) 0xFC, (byte) 0xDF}, VR.LO));
    }

    @Test
    void of_unknownExtension_ignoredWithWarning() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 999", "ISO 2022 IR 87");
        assertEquals(List.of("", "ISO 2022 IR 87"), cs.definedTerms());
        assertEquals(List.of("value 2: unknown term 'ISO 2022 IR 999', ignored"), cs.warnings());
    }

    @Test
    void of_doubleByteSetAsValue1_readAsValue2() {
        var cs = SpecificCharacterSet.of("ISO 2022 IR 87");
        assertEquals(List.of("", "ISO 2022 IR 87"), cs.definedTerms());
        assertEquals(List.of("'ISO 2022 IR 87' cannot be value 1: read as value 2 after an empty value 1"),
                cs.warnings());
    }

    @Test
    void of_isoIrTermsWithSeveralValues_readAsIso2022() {
        var cs = SpecificCharacterSet.of("ISO_IR 13", "ISO 2022 IR 87");
        assertEquals(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"), cs.definedTerms());
        assertEquals(List.of("value 1: 'ISO_IR 13' read as 'ISO 2022 IR 13' (several values mean code extension)"),
                cs.warnings());
        assertEquals(StandardExamplesTest.H32_TEXT, cs.decode(Hex.bytes(StandardExamplesTest.H32_BYTES), VR.PN));
    }

    @Test
    void of_utf8WithOtherValues_utf8Alone() {
        var cs = SpecificCharacterSet.of("ISO_IR 192", "ISO 2022 IR 87");
        assertEquals(List.of("ISO_IR 192"), cs.definedTerms());
        assertEquals(List.of("'ISO_IR 192' allows no other value: the other values are ignored"), cs.warnings());
    }

    @Test
    void equals_sameInterpretation_equalDespiteWarnings() {
        assertEquals(SpecificCharacterSet.of("ISO_IR 100"), SpecificCharacterSet.of("iso_ir 100"));
        assertEquals("\\ISO 2022 IR 149", SpecificCharacterSet.of("", "ISO 2022 IR 149").toString());
    }

    @Test
    void decode_defaultHighBytes_readAsLatin1() {
        byte[] bytes = {'J', (byte) 0xE9, (byte) 0x80, (byte) 0xFF};
        assertEquals("J\u00E9\u0080\u00FF", SpecificCharacterSet.DEFAULT.decode(bytes, VR.PN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO_IR 101|C5 A3 F3 64 BE|\u0139\u0141\u00F3d\u017E", "ISO_IR 144|BB DE|\u041B\u043E",
        "ISO_IR 127|C7 E4|\u0627\u0644", "ISO_IR 126|C4 E9|\u0394\u03B9", "ISO_IR 138|F9 F8|\u05E9\u05E8",
        "ISO_IR 148|DD FD|\u0130\u0131", "ISO_IR 203|A4 BD|\u20AC\u0153", "ISO_IR 166|A1 E0|\u0E01\u0E40",
        "ISO_IR 13|B1 DF|\uFF71\uFF9F", "ISO_IR 109|A1 A6|\u0126\u0124", "ISO_IR 110|A1 A2|\u0104\u0138"})
    void decode_singleByteSet_tableCharacters(String term, String hex, String expected) {
        var cs = SpecificCharacterSet.of(term);
        assertEquals(expected, cs.decode(Hex.bytes(hex), VR.LO));
        assertEquals(hex, Hex.of(cs.encode(expected, VR.LO)));
    }

    @Test
    void decode_unassignedByte_replacementCharacter() {
        var hebrew = SpecificCharacterSet.of("ISO_IR 138");
        assertEquals("a\uFFFDb", hebrew.decode(Hex.bytes("61 A1 62"), VR.LO));
    }

    @Test
    void decode_circumflexInsideJisPair_isNotDelimiter() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        // ま is 24 5E: the 5E byte is part of the pair, G0 stays JIS X 0208 for the following 24 40 (だ)
        assertEquals("\u307E\u3060", cs.decode(Hex.bytes("1B 24 42 24 5E 24 40 1B 28 42"), VR.PN));
    }

    @Test
    void decode_backslashInMultiValuedVr_resetsG1() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 149");
        byte[] bytes = Hex.bytes("1B 24 29 43 B1 E8 5C B1 E8");
        assertEquals("\uAE40\\\u00B1\u00E8", cs.decode(bytes, VR.LO));
        assertEquals("\uAE40\\\uAE40", cs.decode(bytes, VR.LT));
    }

    @Test
    void decode_lineBreakInText_resetsG0() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals("\u5C71\r\n;3", cs.decode(Hex.bytes("1B 24 42 3B 33 0D 0A 3B 33"), VR.LT));
    }

    @Test
    void decode_truncatedPairAndUnknownEscape_neverThrows() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals("\uFFFD", cs.decode(Hex.bytes("1B 24 42 3B"), VR.PN));
        assertEquals("\u001B(Zab", cs.decode(Hex.bytes("1B 28 5A 61 62"), VR.PN));
        assertEquals("\u001B$", cs.decode(Hex.bytes("1B 24"), VR.PN));
    }

    @Test
    void decode_jis1978Escape_readAsJisX0208() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals("\u5C71a", cs.decode(Hex.bytes("1B 24 40 3B 33 1B 28 42 61"), VR.LO));
    }

    @Test
    void decode_isoIr13Backslash_isValueDelimiterNotYen() {
        var cs = SpecificCharacterSet.of("ISO_IR 13");
        assertEquals("\uFF71\\~", cs.decode(Hex.bytes("B1 5C 7E"), VR.LO));
        assertEquals("B1 5C 7E", Hex.of(cs.encode("\uFF71\\~", VR.LO)));
        assertFalse(cs.canEncode("\u00A5"));
    }

    @Test
    void of_singleIso2022Value_codeExtensionWithoutWarning() {
        var cs = SpecificCharacterSet.of("ISO 2022 IR 6");
        assertEquals(List.of("ISO 2022 IR 6"), cs.definedTerms());
        assertEquals(List.of(), cs.warnings());
        assertEquals("\u5C71", cs.decode(Hex.bytes("1B 24 42 3B 33 1B 28 42"), VR.LO));
    }

    @Test
    void decode_escapeInSingleValueWithoutCodeExtension_isControlCharacter() {
        var cs = SpecificCharacterSet.of("ISO_IR 100");
        assertEquals("\u001B$B;3", cs.decode(Hex.bytes("1B 24 42 3B 33"), VR.LO));
    }

    @Test
    void decode_spaceWhileG0DoubleByte_isSpace() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals("\u5C71 \u7530", cs.decode(Hex.bytes("1B 24 42 3B 33 20 45 44 1B 28 42"), VR.LO));
    }

    @Test
    void decode_latin1AndKoreanInG1_switchesG1() {
        var cs = SpecificCharacterSet.of("ISO 2022 IR 100", "ISO 2022 IR 149");
        String text = "J\u00E9r\u00F4me \uAE40 \u00E9";
        byte[] bytes = cs.encode(text, VR.LO);
        assertEquals("4A E9 72 F4 6D 65 20 1B 24 29 43 B1 E8 20 1B 2D 41 E9", Hex.of(bytes));
        assertEquals(text, cs.decode(bytes, VR.LO));
    }

    @Test
    void decode_defaultRepertoireVr_ignoresCharacterSet() {
        var cs = SpecificCharacterSet.of("ISO_IR 144");
        assertEquals("\u00BB", cs.decode(new byte[] {(byte) 0xBB}, VR.CS));
        assertThrows(IllegalArgumentException.class, () -> cs.decode(new byte[0], VR.OB));
    }

    @Test
    void decode_offsetAndLength_decodesSlice() {
        byte[] bytes = "xxJ\u00E9yy".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("J\u00E9", SpecificCharacterSet.of("ISO_IR 100").decode(bytes, 2, 2, Delimiters.TEXT));
        assertThrows(IndexOutOfBoundsException.class,
                () -> SpecificCharacterSet.DEFAULT.decode(bytes, 5, 2, Delimiters.TEXT));
    }

    @Test
    void encode_unencodableCharacter_throwsNamingCharacterAndSet() {
        var cs = SpecificCharacterSet.of("ISO_IR 100");
        var e = assertThrows(UnencodableCharacterException.class, () -> cs.encode("Ab\u5C71", VR.PN));
        assertEquals("cannot encode U+5C71 '\u5C71' at index 2 in Specific Character Set 'ISO_IR 100'",
                e.getMessage());
        assertEquals(0x5C71, e.codePoint());
        assertEquals(2, e.index());
    }

    @Test
    void encode_unencodableInDefault_namesDefaultRepertoire() {
        var e = assertThrows(UnencodableCharacterException.class,
                () -> SpecificCharacterSet.DEFAULT.encode("\u00E9", VR.LO));
        assertEquals("cannot encode U+00E9 '\u00E9' at index 0 in the default repertoire (ISO-IR 6)", e.getMessage());
    }

    @Test
    void encode_escapeWithCodeExtension_rejected() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        var e = assertThrows(UnencodableCharacterException.class, () -> cs.encode("a\u001Bb", VR.LT));
        assertEquals("cannot encode U+001B (not printable) at index 1 in Specific Character Set '\\ISO 2022 IR 87'",
                e.getMessage());
    }

    @Test
    void encode_replacePolicy_questionMarkPerCodePoint() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        byte[] bytes = cs.encode("\u5C71\uD83D\uDE00x", VR.LO, UnmappablePolicy.REPLACE);
        assertEquals("1B 24 42 3B 33 1B 28 42 3F 78", Hex.of(bytes));
        assertArrayEquals("a?b".getBytes(StandardCharsets.US_ASCII),
                SpecificCharacterSet.of("GBK").encode("a\uD83D\uDE00b", VR.LO, UnmappablePolicy.REPLACE));
    }

    @Test
    void encode_unpairedSurrogateInUtf8_rejected() {
        var cs = SpecificCharacterSet.of("ISO_IR 192");
        var e = assertThrows(UnencodableCharacterException.class, () -> cs.encode("ab\uD800", VR.UT));
        assertEquals(2, e.index());
        assertEquals("ab?", new String(cs.encode("ab\uD800", VR.UT, UnmappablePolicy.REPLACE),
                StandardCharsets.UTF_8));
    }

    @Test
    void encode_textWithLineBreaks_restoresAsciiBeforeEachLine() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        assertEquals("1B 24 42 3B 33 45 44 1B 28 42 0D 0A 1B 24 42 42 40 4F 3A 1B 28 42",
                Hex.of(cs.encode("\u5C71\u7530\r\n\u592A\u90CE", VR.LT)));
    }

    @Test
    void encode_jisX0212Character_designatesG0WithFourByteEscape() {
        var cs = SpecificCharacterSet.of("", "ISO 2022 IR 87", "ISO 2022 IR 159");
        // 丂 (U+4E02) is in JIS X 0212 only (30 21)
        assertEquals("1B 24 28 44 30 21 1B 24 42 3B 33 1B 28 42", Hex.of(cs.encode("\u4E02\u5C71", VR.LO)));
    }

    @Test
    void encode_defaultRepertoireVr_ignoresCharacterSet() {
        var cs = SpecificCharacterSet.of("ISO_IR 100");
        assertThrows(UnencodableCharacterException.class, () -> cs.encode("\u00C4", VR.CS));
        assertArrayEquals(new byte[] {(byte) 0xC4}, cs.encode("\u00C4", VR.LO));
    }

    @Test
    void canEncode_perRepertoire() {
        assertTrue(SpecificCharacterSet.of("", "ISO 2022 IR 87").canEncode("Yamada^\u5C71\u7530\r\n"));
        assertFalse(SpecificCharacterSet.of("", "ISO 2022 IR 87").canEncode("\uAE40"));
        assertFalse(SpecificCharacterSet.of("ISO_IR 100").canEncode("\u0141"));
        assertTrue(SpecificCharacterSet.of("ISO_IR 101").canEncode("\u0141"));
        assertTrue(SpecificCharacterSet.of("ISO_IR 192").canEncode("\uD83D\uDE00"));
        assertFalse(SpecificCharacterSet.of("ISO_IR 192").canEncode("\uD83D"));
        assertFalse(SpecificCharacterSet.DEFAULT.canEncode("\u00E9"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|true", "ISO_IR 100|true", "ISO_IR 13|true", "ISO_IR 192|true", "GB18030|false", "GBK|false",
        "\\ISO 2022 IR 87|false", "ISO 2022 IR 13\\ISO 2022 IR 159|false", "\\ISO 2022 IR 149|true",
        "\\ISO 2022 IR 58|true", "ISO 2022 IR 100|true"})
    void isAsciiCompatible_perCharacterSet(String value, boolean expected) {
        assertEquals(expected, SpecificCharacterSet.ofValue(value).isAsciiCompatible());
    }
}
