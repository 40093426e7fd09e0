package org.veil.text;

/**
 * One identifier found in a text value: its category and its span [start, end) in the original value. It never
 * holds the original characters, so it can be logged and counted.
 */
public record Finding(FindingCategory category, int start, int end) {

    public Finding {
        if (category == null) {
            throw new IllegalArgumentException("category is null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return category + "@" + start + ".." + end;
    }
}
