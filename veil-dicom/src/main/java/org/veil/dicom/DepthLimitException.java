package org.veil.dicom;

/**
 * A data set tree nests sequences deeper than {@link ReadLimits#maxDepth()} allows. The message names the tag path of
 * the sequence that goes too deep and the knob, e.g.
 * {@code (0040,A730)[1]/(0040,A730): sequence nesting depth 129 exceeds ReadLimits.maxDepth (128)}. Unchecked: a tree
 * read with the same limits never raises it; a tree built or rewritten in memory (a value parsed as a sequence) can.
 */
public class DepthLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String tagPath;

    public DepthLimitException(TagPath path, int depth, int maxDepth) {
        super(path + ": sequence nesting depth " + depth + " exceeds ReadLimits.maxDepth (" + maxDepth + ")");
        this.tagPath = path.toString();
    }

    /** The tag path of the sequence that nests too deep. */
    public String tagPath() {
        return tagPath;
    }
}
