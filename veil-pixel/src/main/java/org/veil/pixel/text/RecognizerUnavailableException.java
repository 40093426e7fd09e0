package org.veil.pixel.text;

/** OCR cannot run here; the message says what to install (a sentence, never a path holding PHI). */
public final class RecognizerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecognizerUnavailableException(String message) {
        super(message);
    }

    public RecognizerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
