package org.veil.pixel;

/** Coded pixel data that breaks its format: truncated, a bad header, sizes that contradict the image description. */
public class CorruptPixelDataException extends PixelCodingException {
    private static final long serialVersionUID = 1L;

    public CorruptPixelDataException(String codec, long offset, String reason) {
        super(codec, offset, reason);
    }

    public CorruptPixelDataException(String codec, long offset, String reason, Throwable cause) {
        super(codec, offset, reason, cause);
    }
}
