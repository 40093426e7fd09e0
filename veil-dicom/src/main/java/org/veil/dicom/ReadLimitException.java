package org.veil.dicom;

/** A {@link ReadLimits} knob was exceeded; the message names the knob and its value. */
public class ReadLimitException extends DicomFormatException {
    private static final long serialVersionUID = 1L;

    public ReadLimitException(String source, long offset, TagPath path, String reason) {
        super(source, offset, path, reason);
    }
}
