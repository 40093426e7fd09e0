package org.veil.pixel.text;

/**
 * OCR of one text box (service interface; the Tesseract implementation lives in module {@code veil-ocr} and is found
 * with {@link RecognizerLookup}). Implementations are thread-safe.
 */
public interface TextRecognizer {

    /** Reads the text in {@code crop}, one line of text, either polarity. */
    Recognition recognize(GrayImage crop);

    /** How many differently prepared readings of a box {@link #recognize(GrayImage, int)} offers. */
    default int attempts() {
        return 1;
    }

    /**
     * Reading number {@code attempt} (0 is {@link #recognize(GrayImage)}): small fonts are read best at different
     * enlargements, so a caller unsure of one reading may ask for the next.
     */
    default Recognition recognize(GrayImage crop, int attempt) {
        return attempt == 0 ? recognize(crop) : Recognition.NOTHING;
    }

    /** For reports, e.g. {@code tesseract 5.3.0 (eng)}. */
    String name();
}
