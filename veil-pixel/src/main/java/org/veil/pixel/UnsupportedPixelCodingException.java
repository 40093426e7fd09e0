package org.veil.pixel;

/**
 * Pixel data in a form Veil does not decode or encode: a transfer syntax without a codec, or an option of a codec's
 * format that is not implemented (e.g. the HTJ2K block coder, JPEG-LS mapping tables). The data may well be valid.
 */
public class UnsupportedPixelCodingException extends PixelCodingException {
    private static final long serialVersionUID = 1L;

    public UnsupportedPixelCodingException(String codec, long offset, String reason) {
        super(codec, offset, reason);
    }

    public UnsupportedPixelCodingException(String codec, long offset, String reason, Throwable cause) {
        super(codec, offset, reason, cause);
    }
}
