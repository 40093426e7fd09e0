package org.veil.deid.pseudo;

/** Reading fixed-width ASCII decimal fields. */
final class Digits {
    private Digits() {
    }

    /** The number in text[from, from+count), or -1 when any character there is not an ASCII digit. */
    static int read(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The length of the run of ASCII digits starting at {@code from}. */
    static int run(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** The value zero-padded to the width. */
    static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
