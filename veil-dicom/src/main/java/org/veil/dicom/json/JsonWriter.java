package org.veil.dicom.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Compact JSON tokens written straight to a {@link Writer} (RFC 8259): commas and colons placed by the writer,
 * strings escaped. Never builds a document in memory; nesting depth is bounded by memory only.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    /** Per open container: true once it holds a value (so the next one needs a comma). */
    private boolean[] hasValue = new boolean[16];
    private int depth;
    private boolean afterName;

    JsonWriter(Writer out) {
        this.out = out;
    }

    void beginObject() throws IOException {
        open('{');
    }

    void endObject() throws IOException {
        close('}');
    }

    void beginArray() throws IOException {
        open('[');
    }

    void endArray() throws IOException {
        close(']');
    }

    /** A member name in the current object; the next call writes its value. */
    void name(String name) throws IOException {
        separate();
        quoted(name);
        out.write(':');
        afterName = true;
    }

    void string(String value) throws IOException {
        separate();
        quoted(value);
    }

    /** A number whose text is already valid JSON number syntax. */
    void number(String jsonNumber) throws IOException {
        separate();
        out.write(jsonNumber);
    }

    void nullValue() throws IOException {
        separate();
        out.write("null");
    }

    /** Starts a string whose characters come from {@link #raw} and need no escaping (base64). */
    void beginRawString() throws IOException {
        separate();
        out.write('"');
    }

    void raw(char[] chars, int from, int count) throws IOException {
        out.write(chars, from, count);
    }

    void endRawString() throws IOException {
        out.write('"');
    }

    void flush() throws IOException {
        out.flush();
    }

    private void open(char c) throws IOException {
        separate();
        out.write(c);
        if (++depth == hasValue.length) {
            hasValue = Arrays.copyOf(hasValue, depth * 2);
        }
        hasValue[depth] = false;
    }

    private void close(char c) throws IOException {
        if (depth == 0) {
            throw new IllegalStateException("JSON: close without open");
        }
        depth--;
        out.write(c);
    }

    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (hasValue[depth]) {
            out.write(',');
        }
        hasValue[depth] = true;
    }

    private void quoted(String s) throws IOException {
        out.write('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.write(s, start, i - start);
            escape(c);
            start = i + 1;
        }
        out.write(s, start, n - start);
        out.write('"');
    }

    /** Quote and backslash as themselves, the usual short escapes, other controls and lone surrogates as \\uXXXX. */
    private void escape(char c) throws IOException {
        switch (c) {
            case '"' -> out.write("\\\"");
            case '\\' -> out.write("\\\\");
            case '\n' -> out.write("\\n");
            case '\r' -> out.write("\\r");
            case '\t' -> out.write("\\t");
            case '\b' -> out.write("\\b");
            case '\f' -> out.write("\\f");
            default -> {
                out.write("\\u");
                out.write(HEX[c >> 12 & 0xF]);
                out.write(HEX[c >> 8 & 0xF]);
                out.write(HEX[c >> 4 & 0xF]);
                out.write(HEX[c & 0xF]);
            }
        }
    }
}
