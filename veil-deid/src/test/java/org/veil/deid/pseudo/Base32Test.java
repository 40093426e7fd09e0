package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4648 section 10 test vectors, without the padding. */
class Base32Test {
    @ParameterizedTest
    @CsvSource(value = {"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB",
        "foobar,MZXW6YTBOI"})
    void encode_rfc4648Vectors_matchWithoutPadding(String input, String expected) {
        assertEquals(expected, Base32.encode(input.getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @CsvSource({"0,AAAAAAAA", "255,77777777"})
    void encode_fiveEqualBytes_allSameSymbol(int value, String expected) {
        byte[] b = new byte[5];
        java.util.Arrays.fill(b, (byte) value);
        assertEquals(expected, Base32.encode(b));
    }
}
