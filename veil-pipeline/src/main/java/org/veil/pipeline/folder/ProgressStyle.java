package org.veil.pipeline.folder;

/** How a folder run shows progress. */
public enum ProgressStyle {
    /** A bar redrawn in place on the error stream (for a terminal): files, MB/s, ETA. */
    BAR,
    /** A plain log line every ten seconds (for logs and pipes). */
    LOG,
    /** Nothing until the summary. */
    NONE
}
