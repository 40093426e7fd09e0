package org.veil.pipeline.folder;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a small tree of maps, lists, strings and numbers as indented JSON, byte for byte as Jackson's
 * {@code ObjectMapper} with {@code INDENT_OUTPUT} writes it (two spaces per level, {@code "name" : value},
 * {@code [ a, b ]}, {@code { }} and {@code [ ]} when empty, the platform's line separator), without setting up an
 * object mapper: that costs about as much CPU as the rest of the end of a run. {@code PrettyJsonTest} compares the two
 * on random trees.
 */
final class PrettyJson {
    private static final String LF = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final StringBuilder b = new StringBuilder(2048);

    private PrettyJson() {
    }

    /**
     * The tree's JSON in UTF-8. Characters outside the Basic Multilingual Plane are written as two {@code \\u}
     * escapes (as Jackson's UTF-8 output does), control characters as Jackson escapes them, everything else as is.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    static byte[] bytes(Object tree) {
        PrettyJson w = new PrettyJson();
        w.value(tree, 0);
        return w.b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(Object v, int level) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            b.append(v);
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            object(m, level);
        } else if (v instanceof Collection<?> c) {
            array(c, level);
        } else {
            throw new IllegalArgumentException("no JSON form for a " + v.getClass().getSimpleName());
        }
    }

    private void number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            b.append('"').append(d).append('"');
        } else {
            b.append(d);
        }
    }

    private void object(Map<?, ?> m, int level) {
        if (m.isEmpty()) {
            b.append("{ }");
            return;
        }
        b.append('{');
        String separator = LF;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            b.append(separator);
            indent(level + 1);
            string(String.valueOf(e.getKey()));
            b.append(" : ");
            value(e.getValue(), level + 1);
            separator = "," + LF;
        }
        b.append(LF);
        indent(level);
        b.append('}');
    }

    private void array(Collection<?> c, int level) {
        if (c.isEmpty()) {
            b.append("[ ]");
            return;
        }
        String separator = "[ ";
        for (Object v : c) {
            b.append(separator);
            value(v, level);
            separator = ", ";
        }
        b.append(" ]");
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) {
            b.append("  ");
        }
    }

    private void string(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                escape(c);
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                control(c);
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    private void control(char c) {
        switch (c) {
            case '\b' -> b.append("\\b");
            case '\t' -> b.append("\\t");
            case '\n' -> b.append("\\n");
            case '\f' -> b.append("\\f");
            case '\r' -> b.append("\\r");
            default -> escape(c);
        }
    }

    private void escape(char c) {
        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
