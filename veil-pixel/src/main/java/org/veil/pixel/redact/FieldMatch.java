package org.veil.pixel.redact;

import java.util.regex.Pattern;

/**
 * How one attribute of a {@link DeviceSignature} is compared: exactly (after trimming DICOM padding) or with a regular
 * expression that must match the whole value. For multi-valued attributes any value may match.
 */
public sealed interface FieldMatch {

    boolean matches(String value);

    static FieldMatch exact(String value) {
        return new Exact(value);
    }

    static FieldMatch regex(String pattern) {
        return new Regex(Pattern.compile(pattern));
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
