package org.veil.pixel;

import java.io.IOException;

/**
 * Pixel data that cannot be decoded or encoded. The message names the codec, the byte offset in the coded data
 * (hex) where known, and what was wrong, e.g. {@code JPEG-LS @0x1F4: marker FFD9 inside scan data}.
 */
public class PixelCodingException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Offset value for errors that are not tied to a position in the coded data. */
    public static final long NO_OFFSET = -1;

    private final String codec;
    private final long offset;
    private final String reason;

    public PixelCodingException(String codec, long offset, String reason) {
        this(codec, offset, reason, null);
    }

    public PixelCodingException(String codec, long offset, String reason, Throwable cause) {
        super(format(codec, offset, reason), cause);
        this.codec = codec;
        this.offset = offset;
        this.reason = reason;
    }

    private static String format(String codec, long offset, String reason) {
        return offset < 0 ? codec + ": " + reason : codec + " @0x" + Long.toHexString(offset).toUpperCase() + ": " + reason;
    }

    /** The codec that failed, e.g. {@code RLE Lossless}. */
    public String codec() {
        return codec;
    }

    /** Byte offset in the coded frame, or {@link #NO_OFFSET}. */
    public long offset() {
        return offset;
    }

    /** What was wrong, without codec and offset. */
    public String reason() {
        return reason;
    }
}
