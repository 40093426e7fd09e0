package org.veil.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON array of flat objects whose values are all strings, such as the files of shared/standard/json, into
 * maps. A deliberately small reader written for tests, so that they check generated code against its source without
 * sharing the generator's parser. Anything outside that shape throws naming the offset.
 */
public final class JsonRows {
    private final String text;
    private int pos;

    private JsonRows(String text) {
        this.text = text;
    }

    /** The rows of the file, in file order, each with its keys in file order. */
    public static List<Map<String, String>> read(Path file) {
        try {
            return new JsonRows(Files.readString(file, StandardCharsets.UTF_8)).array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<Map<String, String>> array() {
        List<Map<String, String>> rows = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            pos++;
            return rows;
        }
        do {
            rows.add(object());
        } while (comma());
        expect(']');
        return rows;
    }

    private Map<String, String> object() {
        Map<String, String> row = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            pos++;
            return row;
        }
        do {
            String key = string();
            expect(':');
            row.put(key, string());
        } while (comma());
        expect('}');
        return Collections.unmodifiableMap(row);
    }

    private boolean comma() {
        if (peek() == ',') {
            pos++;
            return true;
        }
        return false;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private char peek() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            throw new IllegalStateException("unexpected end of JSON");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalStateException("JSON offset " + pos + ": expected '" + c + "', found '"
                    + text.charAt(pos) + "'");
        }
        pos++;
    }
}
