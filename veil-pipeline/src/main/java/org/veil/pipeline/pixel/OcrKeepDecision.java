package org.veil.pipeline.pixel;

import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.KeepDecision;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextRecognizer;

/**
 * Keeps a box only when OCR read it with at least the minimum confidence, the keep-list allows all of it, it explains
 * the box (enough characters for its width and glyphs), and no reading of it matches the instance's identifiers or
 * PHI patterns. Boxes too long to be overlay vocabulary are removed without reading them. One per instance.
 */
final class OcrKeepDecision implements KeepDecision {
    /** A box wider than this many times its height holds more than a few short words: not read, removed. */
    private static final int MAX_ASPECT = 10;
    /** Characters a box must hold per box height of width (box heights include padding, characters are narrower). */
    private static final double MIN_CHARS_PER_HEIGHT = 0.6;

    /** A reading this confident that is not harmless is not read again another way. */
    private static final double SURE = 85;

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

    /**
     * Reads the box in the recognizer's ways, one after the other, until one reading keeps it. Any reading that
     * matches an identifier, that is empty, or that is sure and not harmless ends the search with removal.
     */
    @Override
    public boolean keep(TextBox box, GrayImage crop) {
        if (crop.width() > MAX_ASPECT * crop.height()) {
            return false;
        }
        for (int attempt = 0; attempt < ocr.attempts(); attempt++) {
            Recognition r = ocr.recognize(crop, attempt);
            if (r.text().isEmpty()) {
                return false;
            }
            boolean harmless = keepList.allows(r.text());
            if (r.confidence() >= SURE && !harmless) {
                return false; // removed whatever it says: no need to look for identifiers in it
            }
            if (identifiers.matches(r.text())) {
                return false;
            }
            boolean sure = r.confidence() >= minConfidence;
            if (sure && harmless && explainsWidth(r.text(), crop) && explainsGlyphs(r.text(), box.glyphs())) {
                return true;
            }
        }
        return false;
    }
}
