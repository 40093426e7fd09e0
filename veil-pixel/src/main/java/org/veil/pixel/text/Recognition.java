package org.veil.pixel.text;

/**
 * What OCR read in one box. Holds recognized text: never log it or put it into a message.
 *
 * @param text       the text, lines joined by a space, trimmed
 * @param confidence mean word confidence, 0..100
 */
public record Recognition(String text, double confidence) {
    /** Nothing read. */
    public static final Recognition NOTHING = new Recognition("", 0);

    @Override
    public String toString() {
        return "Recognition[" + text.length() + " chars, confidence " + Math.round(confidence) + "]";
    }
}
