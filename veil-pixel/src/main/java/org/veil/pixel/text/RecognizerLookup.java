package org.veil.pixel.text;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds OCR on the class path: the first {@link TextRecognizerProvider} that can create a recognizer.
 *
 * @param recognizer the recognizer, if one could be created
 * @param problem    why there is none (what to install), or empty
 */
public record RecognizerLookup(Optional<TextRecognizer> recognizer, String problem) {

    /** Looks once; cache the answer (creating a recognizer loads a native library and language data). */
    public static RecognizerLookup find(ClassLoader loader) {
        String problem = "OCR is not available: module veil-ocr is not on the class path; detected text is removed "
                + "without reading it";
        for (TextRecognizerProvider p : ServiceLoader.load(TextRecognizerProvider.class, loader)) {
            try {
                return new RecognizerLookup(Optional.of(p.create()), "");
            } catch (RecognizerUnavailableException e) {
                problem = e.getMessage();
            }
        }
        return new RecognizerLookup(Optional.empty(), problem);
    }
}
