package org.veil.dicom;

import java.io.IOException;

/**
 * A data set that cannot be read as DICOM. The message names the source, the byte offset (hex), the tag path and
 * what was expected, e.g. {@code ct/0042.dcm @0x1A2C (0008,1115)[2]/(0008,1155): length 4294967290 > 312 bytes left}.
 */
public class DicomFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long offset;
    private final String tagPath;
    private final String reason;

    public DicomFormatException(String source, long offset, TagPath path, String reason) {
        this(source, offset, path, reason, null);
    }

    public DicomFormatException(String source, long offset, TagPath path, String reason, Throwable cause) {
        super(format(source, offset, path == null ? "" : path.toString(), reason), cause);
        this.source = source;
        this.offset = offset;
        this.tagPath = path == null ? "" : path.toString();
        this.reason = reason;
    }

    private static String format(String source, long offset, String path, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(" @0x").append(Long.toHexString(offset).toUpperCase());
        if (!path.isEmpty()) {
            sb.append(' ').append(path);
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The file name or other description of the input. */
    public String source() {
        return source;
    }

    /** Byte offset in the input (in the inflated stream for deflated transfer syntaxes). */
    public long offset() {
        return offset;
    }

    /** The tag path where reading failed, empty at the top level before any element. */
    public String tagPath() {
        return tagPath;
    }

    /** What was wrong, without the location. */
    public String reason() {
        return reason;
    }
}
