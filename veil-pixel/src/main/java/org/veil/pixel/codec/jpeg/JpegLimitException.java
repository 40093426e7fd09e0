package org.veil.pixel.codec.jpeg;

/** A {@link JpegLimits} knob was exceeded; the message names the knob and its value. */
public class JpegLimitException extends JpegFormatException {
    private static final long serialVersionUID = 1L;

    public JpegLimitException(long offset, String marker, String reason) {
        super(offset, marker, reason);
    }
}
