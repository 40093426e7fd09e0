package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudonymPatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{hash}||16|", "PAT^{hash}|PAT^|16|", "ANON-{hash:8}-X|ANON-|8|-X",
        "{hash:51}||51|", "{hash:1}||1|"})
    void parse_validPattern_splitsAroundHash(String text, String prefix, int length, String suffix) {
        PseudonymPattern p = PseudonymPattern.parse(text);
        assertEquals(prefix == null ? "" : prefix, p.prefix());
        assertEquals(length, p.hashLength());
        assertEquals(suffix == null ? "" : suffix, p.suffix());
    }

    @Test
    void parse_counterPlaceholder_explainsWhyNot() {
        var e = assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("ANON-{counter}"));
        assertEquals("pseudonym pattern 'ANON-{counter}': unknown placeholder {counter} at 5; only {hash} and"
                + " {hash:N} exist, because pseudonyms are derived from the key alone and a counter would need"
                + " shared state", e.getMessage());
    }

    @Test
    void parse_noPlaceholder_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("ANON"));
        assertEquals("pseudonym pattern 'ANON' has no {hash} placeholder", e.getMessage());
    }

    @Test
    void parse_twoPlaceholders_throwsNamingSecond() {
        var e = assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("{hash}-{hash}"));
        assertEquals("pseudonym pattern '{hash}-{hash}' has more than one placeholder (second at 7)", e.getMessage());
    }

    @Test
    void parse_unclosedBrace_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("A{hash"));
        assertEquals("pseudonym pattern 'A{hash': '{' at 1 is not closed", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"{hash:0}", "{hash:52}", "{hash:}", "{hash:x}", "{hash:100}"})
    void parse_badLength_throws(String text) {
        assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse(text));
    }

    @Test
    void parse_backslashInLiteral_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("A\\B{hash}"));
        assertEquals("pseudonym pattern prefix may hold printable ASCII without backslash or braces; character 1"
                + " is not", e.getMessage());
    }

    @Test
    void parse_nonAscii_throws() {
        assertThrows(IllegalArgumentException.class, () -> PseudonymPattern.parse("\u00e9{hash}"));
    }

    @Test
    void format_hashBytes_base32Prefix() {
        byte[] mac = new byte[32];
        mac[0] = (byte) 0xFF;
        assertEquals("X-74-Y", new PseudonymPattern("X-", 2, "-Y").format(mac));
        assertEquals("X-{hash:2}-Y", new PseudonymPattern("X-", 2, "-Y").text());
    }
}
