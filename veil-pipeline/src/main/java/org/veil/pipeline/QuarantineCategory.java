package org.veil.pipeline;

/** Why an instance went to quarantine, coarsely; the {@link QuarantineReason} says exactly where and what. */
public enum QuarantineCategory {
    /** The input could not be opened or read (permissions, vanished, broken link, I/O error). */
    UNREADABLE("unreadable"),
    /** The input looks like DICOM but cannot be parsed (truncated, corrupt, beyond a read limit). */
    PARSE("parse error"),
    /** A filter rejected the instance (e.g. burned-in annotation without clean-pixel-data). */
    FILTER("rejected by filter"),
    /** The de-identifier could not apply an action. */
    DEID("de-identification failed"),
    /** The pixel stage could not clean the pixels. */
    PIXEL("pixel cleaning failed"),
    /** No output name can be formed (e.g. no SOP Instance UID). */
    NAMING("no output name"),
    /** Another input of the run already produced the same output name. */
    DUPLICATE("duplicate output"),
    /** The output could not be written. */
    WRITE("write failed"),
    /** The instance needed more memory than its worker had (an OutOfMemoryError while it was worked on). */
    MEMORY("out of memory"),
    /** An unexpected failure in Veil (a bug): the instance is quarantined rather than stopping the batch. */
    INTERNAL("internal error");

    private final String text;

    QuarantineCategory(String text) {
        this.text = text;
    }

    /** Human readable name, used in reason files and summaries. */
    public String text() {
        return text;
    }
}
