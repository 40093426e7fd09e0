package org.veil.pixel.text;

/** Creates a {@link TextRecognizer}; registered in {@code META-INF/services}. */
public interface TextRecognizerProvider {

    /**
     * @return a ready recognizer
     * @throws RecognizerUnavailableException when a native library or language data is missing; the message says
     *                                        exactly what to install
     */
    TextRecognizer create() throws RecognizerUnavailableException;
}
