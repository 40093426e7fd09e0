package org.veil.pipeline;

/**
 * Two inputs of one run produced the same output name (same patient, study, series and SOP Instance UID, for the
 * default naming). The later one is not stored, so nothing is overwritten.
 */
public class DuplicateOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String firstInputId;
    private final String firstLabel;

    public DuplicateOutputException(String name, String firstInputId) {
        this(name, firstInputId, null);
    }

    /**
     * @param firstLabel the {@link Input#label()} of the input that stored {@code name} first (its relative path for a
     *                   folder run; may hold PHI, so the message belongs in the quarantine only), or null when unknown
     *                   (e.g. stored by an earlier session of a resumed run)
     */
    public DuplicateOutputException(String name, String firstInputId, String firstLabel) {
        super("output " + name + " was already written in this run from input "
                + (firstLabel != null ? firstLabel : "with id " + firstInputId + " (an earlier session)")
                + "; not overwritten (both inputs have the same SOP Instance UID, e.g. one image in two transfer "
                + "syntaxes; --duplicates keep-first or keep-all changes this)");
        this.name = name;
        this.firstInputId = firstInputId;
        this.firstLabel = firstLabel;
    }

    /** The label of the input that stored the name first, or null when unknown. */
    public String firstLabel() {
        return firstLabel;
    }

    /** The id of the input that stored the name first. */
    public String firstInputId() {
        return firstInputId;
    }

    /** The contested output name. */
    public String name() {
        return name;
    }
}
