package org.veil.pixel.codec.jpeg;

import org.veil.dicom.DicomFormatException;

/**
 * A JPEG stream that cannot be decoded. The message names the byte offset in the stream (hex), the marker segment
 * being read and what was wrong, e.g. {@code JPEG @0x1A2C: SOS: Huffman code not in table DC0}.
 */
public class JpegFormatException extends DicomFormatException {
    private static final long serialVersionUID = 1L;

    private final String marker;

    /**
     * @param offset byte offset in the JPEG stream where the problem was found
     * @param marker name of the marker segment being read, e.g. {@code SOF0}, {@code SOS}, or {@code stream}
     * @param reason what was wrong
     */
    public JpegFormatException(long offset, String marker, String reason) {
        super("JPEG", offset, null, marker + ": " + reason);
        this.marker = marker;
    }

    /** The marker segment being read, e.g. {@code SOS}. */
    public String marker() {
        return marker;
    }
}
