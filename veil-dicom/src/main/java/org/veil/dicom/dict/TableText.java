package org.veil.dicom.dict;

/**
 * A cursor over the compact tables of the generated classes: lines ending in {@code \n}, fields separated by
 * {@code |}. Reading with {@code indexOf} and offsets keeps class initialisation cheap (no regular expressions, no
 * intermediate arrays). A malformed line throws naming the line.
 */
final class TableText {
    private static final char SEPARATOR = '|';
    private final String table;
    private final String text;
    private int lineStart;
    private int lineEnd = -1;
    private int pos;

    /**
     * @param table the generated class, for messages
     * @param text  the lines
     */
    TableText(String table, String text) {
        this.table = table;
        this.text = text;
    }

    /** Moves to the next line; false at the end. Throws when the previous line has fields left. */
    boolean nextLine() {
        if (lineEnd >= 0 && pos != lineEnd + 1) {
            throw malformed("more fields than expected");
        }
        lineStart = lineEnd + 1;
        if (lineStart >= text.length()) {
            return false;
        }
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            throw new IllegalStateException(table + ": last line does not end in a line feed");
        }
        pos = lineStart;
        return true;
    }

    /** The next field. */
    String field() {
        int end = fieldEnd();
        String s = text.substring(pos, end);
        pos = end + 1;
        return s;
    }

    /** The next field as an unsigned hex int, or {@code empty} when the field is empty. */
    int hexField(int empty) {
        int end = fieldEnd();
        int value = end == pos ? empty : Integer.parseUnsignedInt(text, pos, end, 16);
        pos = end + 1;
        return value;
    }

    /** True when the next field equals the one character {@code yes}; false for any other single character. */
    boolean flagField(char yes) {
        int end = fieldEnd();
        if (end != pos + 1) {
            throw malformed("expected a one-character flag");
        }
        boolean value = text.charAt(pos) == yes;
        pos = end + 1;
        return value;
    }

    private int fieldEnd() {
        if (pos > lineEnd) {
            throw malformed("fewer fields than expected");
        }
        int bar = text.indexOf(SEPARATOR, pos);
        return bar < 0 || bar > lineEnd ? lineEnd : bar;
    }

    private IllegalStateException malformed(String what) {
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return new IllegalStateException(table + ": " + what + " in line '" + text.substring(lineStart, end) + "'");
    }
}
