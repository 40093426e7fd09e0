package org.veil.pixel.redact;

import java.util.regex.Pattern;

/**
 * How one attribute of a {@link DeviceSignature} is compared: exactly (after trimming DICOM padding) or with a regular
 * expression that must match the whole value. For multi-valued attributes any value may match. {@link #absent()} and
 * {@link #empty()} test presence instead of a value: the attribute is not in the data set, or is there without a value.
 */
public sealed interface FieldMatch {

    boolean matches(String value);

    static FieldMatch exact(String value) {
        return new Exact(value);
    }

    static FieldMatch regex(String pattern) {
        return new Regex(Pattern.compile(pattern));
    }

    /** Matches when the attribute is not in the data set. */
    static FieldMatch absent() {
        return Presence.ABSENT;
    }

    /** Matches when the attribute is in the data set with no value (or only padding). */
    static FieldMatch empty() {
        return Presence.EMPTY;
    }

    /** Presence tests: never match a value ({@link DeviceSignature} asks the data set instead). */
    enum Presence implements FieldMatch {
        ABSENT, EMPTY;

        @Override
        public boolean matches(String value) {
            return false;
        }
    }

    /** Equal strings. */
    record Exact(String value) implements FieldMatch {
        @Override
        public boolean matches(String v) {
            return value.equals(v);
        }
    }

    /** {@link java.util.regex.Matcher#matches()} on the whole value. */
    record Regex(Pattern pattern) implements FieldMatch {
        @Override
        public boolean matches(String v) {
            return pattern.matcher(v).matches();
        }
    }
}
