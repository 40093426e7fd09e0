package org.veil.dicom.io;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recoveries the lenient reader made, each logged once at WARN with its location (never a value), unless the file is
 * read {@linkplain DicomReader#readQuietly quietly}. Keeps at most
 * {@value #MAX} messages per file; later ones are counted.
 */
public final class ReadWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(ReadWarnings.class);
    private static final int MAX = 20;

    private final List<String> messages = new ArrayList<>();
    private final boolean log;
    private int dropped;
    private String truncation;

    /** Warnings that are logged as they are added. */
    public ReadWarnings() {
        this(true);
    }

    /** @param log false to record without logging (a second reading of a file whose warnings were reported) */
    ReadWarnings(boolean log) {
        this.log = log;
    }

    void add(Location where, String what) {
        if (messages.size() < MAX) {
            String m = where + ": " + what;
            messages.add(m);
            if (log) {
                LOG.warn("{}", m);
            }
        } else {
            dropped++;
        }
    }

    /**
     * Records that encapsulated pixel data was cut off at the end of the file and only its complete items were read:
     * the instance is incomplete, and a caller decides whether to use it ({@link #pixelDataTruncated()}).
     */
    void pixelDataTruncated(Location where, String what) {
        truncation = where + ": " + what;
        add(where, what);
    }

    /** True when the lenient reader kept only the complete items of encapsulated pixel data cut off at end of file. */
    public boolean pixelDataTruncated() {
        return truncation != null;
    }

    /** The located message of the pixel data truncation, or null when there was none. */
    public String pixelDataTruncation() {
        return truncation;
    }

    /** The recorded messages (location and what was recovered). */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Number of warnings beyond the recorded ones. */
    public int dropped() {
        return dropped;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
