package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;

class StreamScanTest {
    private static NeedleSet needles(String... values) {
        NeedleSet.Builder b = new NeedleSet.Builder(VerifyConfig.defaults());
        for (String v : values) {
            b.add(new NeedleSource(Category.ID, v, "in"), v, VR.LO, SpecificCharacterSet.DEFAULT);
        }
        return b.build();
    }

    private static List<Long> hits(NeedleSet n, byte[] text, int chunk) {
        List<Long> out = new ArrayList<>();
        StreamScan s = new StreamScan(n, (p, at) -> out.add(at));
        for (int i = 0; i < text.length; i += chunk) {
            s.feed(text, i, Math.min(chunk, text.length - i));
        }
        s.finish();
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 4096})
    void feed_anyChunking_sameHitsIgnoringAsciiCase(int chunk) {
        NeedleSet n = needles("Smith", "mithers", "XQ42Z");
        byte[] text = "..SMITH,MITHERS..xq42z..smith".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(2L, 8L, 17L, 24L), hits(n, text, chunk));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4096})
    void feed_needleInsideALongerToken_noHit(int chunk) {
        NeedleSet n = needles("Smith", "mithers", "ORLA", "Anon");
        byte[] text = "SMITHERS PAT^QAJDORLAHG57SNPY ANONYMIZED 9ORLA ORLA9".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(), hits(n, text, chunk));
    }

    @Test
    void feed_needleEdgedByPunctuation_hit() {
        NeedleSet n = needles("ORLA");
        byte[] text = "PAT^ORLA ^ORLA^ (orla) orla".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(4L, 10L, 17L, 23L), hits(n, text, 2));
    }

    @Test
    void feed_numericNeedle_onlyAsWholeNumber() {
        NeedleSet n = needles("123456");
        byte[] text = "2.25.91234567 id 123456. x9123456 123456".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(17L, 34L), hits(n, text, 5));
    }

    @Test
    void feed_utf16Text_found() {
        NeedleSet n = needles("Müller");
        byte[] text = ("xx " + "MÜLLER" + " yy").getBytes(StandardCharsets.UTF_16BE);
        assertTrue(hits(n, text, 3).contains(6L), "found at the first byte of its UTF-16BE form");
        byte[] inside = ("xx" + "MÜLLER" + "yy").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of(), hits(n, inside, 3), "inside a longer word");
    }

    @Test
    void skip_gap_noMatchAcrossIt() {
        NeedleSet n = needles("ABCDEF");
        List<Long> out = new ArrayList<>();
        StreamScan s = new StreamScan(n, (p, at) -> out.add(at));
        s.feed("xxABC".getBytes(StandardCharsets.US_ASCII), 0, 5);
        s.skip(10);
        s.feed("DEF ABCDEF".getBytes(StandardCharsets.US_ASCII), 0, 10);
        s.finish();
        assertEquals(List.of(19L), out);
    }

    @Test
    void feed_randomText_matchesNaiveSearch() {
        SplittableRandom r = new SplittableRandom(20261125);
        String alphabet = "abcAB";
        for (int round = 0; round < 50; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 5; w++) {
                words.add(random(r, alphabet, 4 + r.nextInt(3)));
            }
            String text = random(r, alphabet + "  ", 400);
            NeedleSet n = needles(words.toArray(new String[0]));
            long expected = 0;
            String folded = text.toLowerCase();
            for (int i = 0; i < text.length(); i++) {
                for (String w : words.stream().map(String::toLowerCase).distinct()
                        .filter(x -> x.chars().distinct().count() > 1).toList()) {
                    if (folded.startsWith(w, i) && (i == 0 || folded.charAt(i - 1) == ' ')
                            && (i + w.length() == folded.length() || folded.charAt(i + w.length()) == ' ')) {
                        expected++;
                    }
                }
            }
            assertEquals(expected, hits(n, text.getBytes(StandardCharsets.US_ASCII), 1 + r.nextInt(50)).size(),
                    "seed 20261125 round " + round);
        }
    }

    private static String random(SplittableRandom r, String alphabet, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
