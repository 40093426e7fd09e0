package org.veil.text;

import java.util.List;

/**
 * The scrubbed text and what was found. {@link #toString()} gives the length and the findings (category and span),
 * never any text, so a result can be logged.
 *
 * @param text     the value to write
 * @param findings what was replaced, spans in the original value, sorted and not overlapping
 * @param fit      how the value was fitted to the VR's maximum length
 */
public record ScrubResult(String text, List<Finding> findings, LengthFit fit) {

    public ScrubResult {
        if (text == null || findings == null || fit == null) {
            throw new IllegalArgumentException("ScrubResult: no field may be null");
        }
        findings = List.copyOf(findings);
    }

    /** True when anything was replaced or the value was fitted. */
    public boolean changed() {
        return !findings.isEmpty() || fit != LengthFit.FITS;
    }

    @Override
    public String toString() {
        return "ScrubResult[length=" + text.length() + ", findings=" + findings + ", fit=" + fit + "]";
    }
}
