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
