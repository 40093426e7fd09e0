package org.veil.text;

/**
 * A span to replace, found by a detector. {@code rewrite} is the text to write instead when the detector decided it
 * (a shifted date), otherwise null and the policy decides. {@code knownValue} is the {@link KnownIdentifiers} value
 * the span is a form of, for pseudonyms, or null.
 */
record Hit(FindingCategory category, int start, int end, String rewrite, String knownValue) {

    static Hit of(FindingCategory category, int start, int end) {
        return new Hit(category, start, end, null, null);
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }
}
