package org.veil.pipeline.pixel;

import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.KeepDecision;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextRecognizer;

/**
 * Keeps a box only when OCR read it with at least the minimum confidence, the keep-list allows all of it, and it
 * matches none of the instance's identifiers or PHI patterns. Boxes too long to be overlay vocabulary are removed
 * without reading them. One per instance.
 */
final class OcrKeepDecision implements KeepDecision {
    /** A box wider than this many times its height holds more than a few short words: not read, removed. */
    private static final int MAX_ASPECT = 10;
    /** Characters a box must hold per box height of width (box heights include padding, characters are narrower). */
    private static final double MIN_CHARS_PER_HEIGHT = 0.6;

    private final TextRecognizer ocr;
    private final KeepList keepList;
    private final IdentifierMatcher identifiers;
    private final double minConfidence;

    OcrKeepDecision(TextRecognizer ocr, KeepList keepList, IdentifierMatcher identifiers, double minConfidence) {
        this.ocr = ocr;
        this.keepList = keepList;
        this.identifiers = identifiers;
        this.minConfidence = minConfidence;
    }

    /**
     * True when the text read is long enough to fill the box: a box holding more than one thing (a harmless word
     * beside a name) may be read as the harmless word only, and must not be kept for it.
     */
    static boolean explainsWidth(String text, GrayImage crop) {
        int chars = text.replace(" ", "").length();
        return chars >= MIN_CHARS_PER_HEIGHT * crop.width() / crop.height();
    }

    /**
     * True when OCR read about as many characters as the detector found glyphs (one, and one in four more, may be a
     * speckle grain drawn at the text's value or a letter split in two): text read from part of a box (a date read as
     * a lone letter and digit) does not explain it.
     */
    static boolean explainsGlyphs(String text, int glyphs) {
        int chars = text.replace(" ", "").length();
        return chars + 1 + chars / 3 >= glyphs;
    }

    @Override
    public boolean keep(TextBox box, GrayImage crop) {
        if (crop.width() > MAX_ASPECT * crop.height()) {
            return false;
        }
        Recognition r = ocr.recognize(crop);
        return r.confidence() >= minConfidence && !r.text().isEmpty() && explainsWidth(r.text(), crop)
                && explainsGlyphs(r.text(), box.glyphs()) && keepList.allows(r.text())
                && !identifiers.matches(r.text());
    }
}
