package org.veil.pipeline;

/**
 * Two inputs of one run produced the same output name (same patient, study, series and SOP Instance UID, for the
 * default naming). The later one is not stored, so nothing is overwritten.
 */
public class DuplicateOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String name;

    public DuplicateOutputException(String name, String firstInputId) {
        super("output " + name + " was already stored in this run from input " + firstInputId
                + "; not overwritten (two inputs map to one output: same SOP Instance UID?)");
        this.name = name;
    }

    /** The contested output name. */
    public String name() {
        return name;
    }
}
