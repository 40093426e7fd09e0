package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.text.TextScrubber;
import org.veil.pipeline.PixelContext;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextRecognizer;

class OcrKeepDecisionTest {
    private static final TextScrubber SCRUBBER = TextScrubber.builder().build();

    private static OcrKeepDecision reading(String text, double confidence) {
        PixelContext ctx = new PixelContext(List.of("SMITH^JOHN"), List.of("1234567"), List.of("19940324"),
                List.of());
        return new OcrKeepDecision(fixed(text, confidence), KeepList.builtin(), new IdentifierMatcher(ctx,
                ScrubberSource.of(SCRUBBER)), 60);
    }

    /** A recognizer giving one reading per attempt, counting the attempts asked. */
    private static OcrKeepDecision readings(int[] asked, Recognition... rs) {
        TextRecognizer ocr = new TextRecognizer() {
            @Override
            public Recognition recognize(GrayImage crop) {
                return recognize(crop, 0);
            }

            @Override
            public int attempts() {
                return rs.length;
            }

            @Override
            public Recognition recognize(GrayImage crop, int attempt) {
                asked[0]++;
                return rs[attempt];
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
        PixelContext ctx = new PixelContext(List.of("SMITH^JOHN"), List.of("1234567"), List.of("19940324"),
                List.of());
        return new OcrKeepDecision(ocr, KeepList.builtin(), new IdentifierMatcher(ctx, ScrubberSource.of(SCRUBBER)),
                60);
    }

    /** Regression: small fonts read unsurely at one enlargement ("Toc") are read again another way. */
    @Test
    void keep_unsureFirstReadingConfidentSecond_kept() {
        int[] asked = {0};
        assertTrue(readings(asked, new Recognition("Toc", 58), new Recognition("TGC", 90))
                .keep(new TextBox(new Rect(0, 0, 48, 23), 3), GrayImage.blank(48, 23)));
        assertEquals(2, asked[0]);
    }

    /** Fail closed: any reading that matches an identifier removes the box, whatever a later one says. */
    @Test
    void keep_laterReadingsAfterAnIdentifier_notAsked_removed() {
        int[] asked = {0};
        assertFalse(readings(asked, new Recognition("SM1TH", 40), new Recognition("TGC", 95))
                .keep(new TextBox(new Rect(0, 0, 60, 23), 3), GrayImage.blank(60, 23)));
        assertEquals(1, asked[0]);
    }

    @Test
    void keep_sureReadingNotHarmless_removedWithoutReadingAgain() {
        int[] asked = {0};
        assertFalse(readings(asked, new Recognition("ACC12345", 92), new Recognition("TGC", 95))
                .keep(new TextBox(new Rect(0, 0, 100, 23), 8), GrayImage.blank(100, 23)));
        assertEquals(1, asked[0]);
    }

    /**
     * Regression: a 9-pixel date on a small CT was read as "F 4" (orientation letter and a digit) and kept; a box of
     * ten glyphs is not explained by two characters.
     */
    @Test
    void keep_fewerCharactersThanGlyphs_removed() {
        GrayImage crop = GrayImage.blank(81, 31);
        assertFalse(reading("F 4", 90).keep(new TextBox(new Rect(25, 2, 81, 31), 10), crop));
        assertTrue(reading("F 4", 90).keep(new TextBox(new Rect(25, 2, 30, 31), 2), GrayImage.blank(30, 31)));
    }

    @Test
    void keep_harmlessWordReadConfidently_kept_unsureRemoved() {
        GrayImage crop = GrayImage.blank(48, 23);
        assertTrue(reading("TGC", 94).keep(new TextBox(new Rect(0, 0, 48, 23), 3), crop));
        assertFalse(reading("TGC", 59).keep(new TextBox(new Rect(0, 0, 48, 23), 3), crop));
    }

    /**
     * The free-text cleaner is built only when a reading could keep the box: a sure reading that is not overlay
     * vocabulary is removed without it (a run whose boxes are all names never builds it); a harmless one needs it.
     */
    @Test
    void keep_scrubberBuiltOnlyWhenAReadingMightBeKept() {
        PixelContext ctx = new PixelContext(List.of("SMITH^JOHN"), List.of(), List.of(), List.of());
        ScrubberSource lazy = ScrubberSource.builtin();
        TextBox box = new TextBox(new Rect(0, 0, 48, 23), 3);
        assertFalse(new OcrKeepDecision(fixed("WALKER", 95), KeepList.builtin(), new IdentifierMatcher(ctx, lazy), 60)
                .keep(box, GrayImage.blank(48, 23)));
        assertFalse(lazy.isBuilt());
        assertTrue(new OcrKeepDecision(fixed("TGC", 95), KeepList.builtin(), new IdentifierMatcher(ctx, lazy), 60)
                .keep(box, GrayImage.blank(48, 23)));
        assertTrue(lazy.isBuilt());
    }

    private static TextRecognizer fixed(String text, double confidence) {
        return new TextRecognizer() {
            @Override
            public Recognition recognize(GrayImage crop) {
                return new Recognition(text, confidence);
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
    }
}
