package org.veil.pixel.text;

/**
 * OCR of one text box (service interface; the Tesseract implementation lives in module {@code veil-ocr} and is found
 * with {@link RecognizerLookup}). Implementations are thread-safe.
 */
public interface TextRecognizer {

    /** Reads the text in {@code crop}, one line of text, either polarity. */
    Recognition recognize(GrayImage crop);

    /** For reports, e.g. {@code tesseract 5.3.0 (eng)}. */
    String name();
}
