package org.veil.pipeline.imports;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One test of a pixel rule signature on a top-level attribute.
 *
 * @param attribute a DICOM keyword, or {@code (gggg,eeee)} when the tag has none
 * @param kind      the test
 * @param value     the regular expression (whole value, Java syntax) or the number; empty for presence tests
 * @param label     the test as people read it, for rule names, e.g. {@code Manufacturer contains "GE"}
 */
record PixelCondition(String attribute, Kind kind, String value, String label) {
    /** The tests a Veil signature can express. */
    enum Kind { REGEX, NUMBER, ABSENT, EMPTY }

    PixelCondition {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        label = label == null ? attribute : label;
    }

    /** The value contains {@code text} (case-insensitive when asked). */
    static PixelCondition contains(String attribute, String text, boolean ignoreCase) {
        return regex(attribute, (ignoreCase ? "(?is)" : "(?s)") + ".*" + Pattern.quote(text) + ".*",
                attribute + " contains \"" + text + "\"");
    }

    /** The value equals {@code text}; Rows and Columns become numbers. */
    static PixelCondition equals(String attribute, String text, boolean ignoreCase) {
        if ((attribute.equals("Rows") || attribute.equals("Columns")) && text.trim().matches("\\d{1,9}")) {
            return new PixelCondition(attribute, Kind.NUMBER, text.trim(), attribute + " " + text.trim());
        }
        return regex(attribute, (ignoreCase ? "(?i)" : "") + Pattern.quote(text), attribute + " = \"" + text + "\"");
    }

    static PixelCondition regex(String attribute, String regex, String label) {
        return new PixelCondition(attribute, Kind.REGEX, regex, label);
    }

    static PixelCondition absent(String attribute) {
        return new PixelCondition(attribute, Kind.ABSENT, "", attribute + " absent");
    }

    static PixelCondition empty(String attribute) {
        return new PixelCondition(attribute, Kind.EMPTY, "", attribute + " empty");
    }
}
