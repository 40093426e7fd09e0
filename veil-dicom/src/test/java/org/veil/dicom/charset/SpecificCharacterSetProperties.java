package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.veil.dicom.VR;

/**
 * Properties of encoding and decoding over random text drawn from each repertoire. jqwik prints the seed of a
 * failing run; re-run with {@code @Property(seed = "...")}.
 */
class SpecificCharacterSetProperties {
    private static final List<Repertoires.Repertoire> TABLED = Repertoires.tabled();
    private static final Repertoires.Repertoire GBK = Repertoires.gbk();
    private static final List<VR> TEXT_VRS = List.of(VR.SH, VR.LO, VR.UC, VR.ST, VR.LT, VR.UT, VR.PN);

    /** A text of one repertoire, with the VR it is encoded as. */
    record Sample(Repertoires.Repertoire repertoire, VR vr, String text) {
        SpecificCharacterSet characterSet() {
            return repertoire.characterSet();
        }

        @Override
        public String toString() {
            return repertoire.value() + " " + vr + " '" + Hex.escaped(text) + "'";
        }
    }

    @Property(tries = 400)
    void decode_encodedRandomText_givesTextBack(@ForAll("tabledSamples") Sample s) {
        byte[] bytes = s.characterSet().encode(s.text(), s.vr());
        assertEquals(Hex.escaped(s.text()), Hex.escaped(s.characterSet().decode(bytes, s.vr())), Hex.of(bytes));
        assertTrue(s.characterSet().canEncode(s.text()));
    }

    @Property(tries = 100)
    void decode_encodedGbkText_givesTextBack(@ForAll("gbkSamples") Sample s) {
        byte[] bytes = s.characterSet().encode(s.text(), s.vr());
        assertEquals(s.text(), s.characterSet().decode(bytes, s.vr()));
    }

    @Property(tries = 200)
    void decode_encodedUnicodeText_givesTextBack(@ForAll("unicodeTexts") String text,
                                                 @ForAll("unicodeTerms") String term) {
        var cs = SpecificCharacterSet.of(term);
        assertTrue(cs.canEncode(text));
        assertEquals(text, cs.decode(cs.encode(text, VR.UT), VR.UT));
    }

    /**
     * PS3.5 6.1.2.5.3 lets a reader start at any line, value or PN component without tracking the designations
     * before it: so encoding a text must equal encoding each piece between delimiters on its own and joining the
     * pieces with the delimiter bytes.
     */
    @Property(tries = 300)
    void encode_textWithDelimiters_equalsPiecesEncodedAlone(@ForAll("tabledSamples") Sample s) {
        var cs = s.characterSet();
        Delimiters delimiters = Delimiters.of(s.vr());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        StringBuilder piece = new StringBuilder();
        for (char c : s.text().toCharArray()) {
            if (c < 0x80 && delimiters.resets(c)) {
                joined.writeBytes(cs.encode(piece.toString(), s.vr()));
                joined.write(c);
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        joined.writeBytes(cs.encode(piece.toString(), s.vr()));
        assertArrayEquals(joined.toByteArray(), cs.encode(s.text(), s.vr()), s.toString());
    }

    /** Japanese and Korean names with alphabetic, ideographic and phonetic component groups (PS3.5 6.2.1.2). */
    @Property(tries = 200)
    void encode_threeComponentGroupName_groupsDecodeAndAlphabeticHasNoEscape(@ForAll("cjkNames") Sample s) {
        var cs = s.characterSet();
        byte[] bytes = cs.encode(s.text(), VR.PN);
        String[] groups = s.text().split("=", -1);
        int firstEquals = indexOf(bytes, (byte) '=');
        assertEquals(groups[0].length(), firstEquals, "alphabetic group is plain ASCII");
        assertEquals(List.of(groups), List.of(cs.decode(bytes, VR.PN).split("=", -1)));
    }

    @Property(tries = 300)
    void decode_randomBytes_neverThrowsAndNeverGrows(@ForAll("characterSetValues") String value,
                                                      @ForAll byte[] bytes) {
        var cs = SpecificCharacterSet.ofValue(value);
        for (Delimiters d : Delimiters.values()) {
            String text = cs.decode(bytes, 0, bytes.length, d);
            assertTrue(text.length() <= bytes.length, () -> text.length() + " chars from " + bytes.length + " bytes");
        }
    }

    @Property(tries = 300)
    void canEncode_anyText_agreesWithEncode(@ForAll("characterSetValues") String value,
                                           @ForAll("mixedTexts") String text) {
        var cs = SpecificCharacterSet.ofValue(value);
        byte[] rejecting;
        try {
            rejecting = cs.encode(text, VR.LT);
        } catch (UnencodableCharacterException e) {
            rejecting = null;
        }
        assertEquals(rejecting != null, cs.canEncode(text));
        byte[] replacing = cs.encode(text, VR.LT, UnmappablePolicy.REPLACE);
        if (rejecting != null) {
            assertArrayEquals(rejecting, replacing);
        }
    }

    @Provide
    Arbitrary<Sample> tabledSamples() {
        return Arbitraries.of(TABLED).flatMap(r -> Combinators.combine(Arbitraries.of(TEXT_VRS), text(r.characters()))
                .as((vr, text) -> new Sample(r, vr, text)));
    }

    @Provide
    Arbitrary<Sample> gbkSamples() {
        return Combinators.combine(Arbitraries.of(TEXT_VRS), text(GBK.characters()))
                .as((vr, text) -> new Sample(GBK, vr, text));
    }

    @Provide
    Arbitrary<String> unicodeTexts() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE).list().ofMaxSize(30)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
    }

    @Provide
    Arbitrary<String> unicodeTerms() {
        return Arbitraries.of("ISO_IR 192", "GB18030");
    }

    @Provide
    Arbitrary<Sample> cjkNames() {
        var japanese = new Repertoires.Repertoire("\\ISO 2022 IR 87", List.of());
        var korean = new Repertoires.Repertoire("\\ISO 2022 IR 149", List.of());
        Arbitrary<String> japaneseName = name(Repertoires.script(GraphicSet.JIS_X0208, UnicodeScript.HAN),
                Repertoires.script(GraphicSet.JIS_X0208, UnicodeScript.HIRAGANA));
        Arbitrary<String> koreanName = name(Repertoires.script(GraphicSet.KS_X1001, UnicodeScript.HAN),
                Repertoires.script(GraphicSet.KS_X1001, UnicodeScript.HANGUL));
        return Arbitraries.oneOf(japaneseName.map(n -> new Sample(japanese, VR.PN, n)),
                koreanName.map(n -> new Sample(korean, VR.PN, n)));
    }

    @Provide
    Arbitrary<String> characterSetValues() {
        List<String> values = new ArrayList<>(TABLED.stream().map(Repertoires.Repertoire::value).toList());
        values.addAll(List.of("", "ISO_IR 6", "ISO_IR 192", "GB18030", "GBK"));
        return Arbitraries.of(values);
    }

    @Provide
    Arbitrary<String> mixedTexts() {
        List<Character> all = TABLED.stream().flatMap(r -> r.characters().stream()).distinct().toList();
        return text(all);
    }

    /** Text weighted towards delimiters and ASCII so that switches between sets happen often. */
    private static Arbitrary<String> text(List<Character> characters) {
        Arbitrary<Character> c = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(characters)),
                Tuple.of(2, Arbitraries.of(Repertoires.ASCII)), Tuple.of(1, Arbitraries.of(Repertoires.DELIMITERS)));
        return c.list().ofMaxSize(30).map(SpecificCharacterSetProperties::join);
    }

    /** "Family^Given=家族^名=かぞく^な": three groups of two components each. */
    private static Arbitrary<String> name(List<Character> ideographic, List<Character> phonetic) {
        Arbitrary<String> alpha = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(8);
        Arbitrary<String> ideo = Arbitraries.of(ideographic).list().ofMinSize(1).ofMaxSize(4).map(SpecificCharacterSetProperties::join);
        Arbitrary<String> phon = Arbitraries.of(phonetic).list().ofMinSize(1).ofMaxSize(6).map(SpecificCharacterSetProperties::join);
        return Combinators.combine(alpha, alpha, ideo, ideo, phon, phon)
                .as((a1, a2, i1, i2, p1, p2) -> a1 + "^" + a2 + "=" + i1 + "^" + i2 + "=" + p1 + "^" + p2);
    }

    private static String join(List<Character> chars) {
        return chars.stream().map(String::valueOf).collect(Collectors.joining());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
