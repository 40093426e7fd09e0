package org.veil.pixel.redact;

import java.io.IOException;

/**
 * Pixel data that cannot be redacted as asked, e.g. a lossy transfer syntax without {@link RedactionOptions#allowLossy()},
 * a transfer syntax without a codec, or fragments that cannot be split into frames. The message says which.
 */
public class PixelRedactionException extends IOException {
    private static final long serialVersionUID = 1L;

    public PixelRedactionException(String message) {
        super(message);
    }

    public PixelRedactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
