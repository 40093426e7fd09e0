package org.veil.broker.linkage;

/** Length checks of values going into the store; messages name the field, never the value. */
final class Limits {
    private Limits() {
    }

    static void check(String field, String value, int max) {
        if (value == null) {
            throw new IllegalArgumentException("linkage " + field + " is missing");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("linkage " + field + " has " + value.length() + " characters, more"
                    + " than " + max);
        }
    }
}
