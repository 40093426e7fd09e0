package org.veil.pipeline.folder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidResult;
import org.veil.dicom.TagPath;

/**
 * A change report line written straight into bytes, for lines whose strings need no escaping: printable ASCII without
 * a quote or backslash (tag paths, action codes and rule names always are). Gives up (null) at the first string that
 * would need escaping; {@link ChangeReport} then writes the line with the JSON generator. Both give the same bytes.
 */
final class PlainChangeLine {
    private static final byte[] INPUT = ascii("{\"input\":");
    private static final byte[] OUTPUT = ascii(",\"output\":");
    private static final byte[] CHANGES = ascii(",\"changes\":[");
    private static final byte[] FIRST_PATH = ascii("{\"path\":");
    private static final byte[] PATH = ascii(",{\"path\":");
    private static final byte[] ACTION = ascii(",\"action\":");
    private static final byte[] RULE = ascii(",\"rule\":");
    private static final byte[] CLOSE = ascii("}");
    private static final byte[] WARNINGS = ascii("],\"warnings\":[");
    private static final byte[] COMMA = ascii(",");
    private static final byte[] END = ascii("]}\n");
    private static final byte[] NULL = ascii("null");
    private static final byte[] HEX = ascii("0123456789ABCDEF");
    private static final byte[] LOWER_HEX = ascii("0123456789abcdef");
    /** Deepest path written step by step; a deeper one is printed with an ellipsis by {@link TagPath}. */
    private static final int PATH_STEPS = 16;

    /** Largest buffer kept for the next line; a line of a larger header gets its own buffer, dropped after it. */
    static final int KEPT_CAPACITY = 1 << 18;

    private byte[] buf;
    private int len;
    /** The actions and rules written, quoted (a run has a few hundred distinct rule names). */
    private final QuotedStrings actions = new QuotedStrings();
    private final QuotedStrings rules = new QuotedStrings();
    private final TagPath[] steps = new TagPath[PATH_STEPS];

    PlainChangeLine(int capacity) {
        buf = new byte[capacity];
    }

    /**
     * The line as bytes (a new array of exactly its length), or null when a string needs escaping. The buffer is
     * reused by the next line of the same writer (one per worker thread).
     */
    byte[] line(Id128 input, String output, DeidResult result) {
        len = 0;
        try {
            return write(input, output, result);
        } finally {
            if (buf.length > KEPT_CAPACITY) {
                buf = new byte[KEPT_CAPACITY];
            }
        }
    }

    /** Capacity of the buffer the next line starts with (read by tests). */
    int capacity() {
        return buf.length;
    }

    private byte[] write(Id128 input, String output, DeidResult result) {
        raw(INPUT);
        id(input);
        boolean plain = true;
        raw(OUTPUT);
        plain &= string(quoted(output));
        raw(CHANGES);
        byte[] sep = FIRST_PATH;
        for (Change c : result.changes()) {
            raw(sep);
            path(c.path());
            raw(ACTION);
            plain &= string(actions.of(c.action()));
            raw(RULE);
            plain &= string(rules.of(c.rule()));
            raw(CLOSE);
            if (!plain) {
                return null;
            }
            sep = PATH;
        }
        raw(WARNINGS);
        for (int i = 0; i < result.warnings().size(); i++) {
            if (i > 0) {
                raw(COMMA);
            }
            plain &= string(quoted(result.warnings().get(i)));
        }
        raw(END);
        return plain ? Arrays.copyOf(buf, len) : null;
    }

    /** A tag path as {@link TagPath#toString()} prints it (always printable ASCII), quoted. */
    private void path(TagPath p) {
        int n = p.depth();
        if (n > PATH_STEPS) {
            raw(quoted(p.toString()));
            return;
        }
        TagPath at = p;
        for (int i = n - 1; i >= 0; i--, at = at.parent()) {
            steps[i] = at;
        }
        room(2 + n * 24);
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                buf[len++] = '/';
            }
            int tag = steps[i].tag();
            buf[len++] = '(';
            hex4(tag >>> 16);
            buf[len++] = ',';
            hex4(tag);
            buf[len++] = ')';
            if (steps[i].itemIndex() >= 0) {
                buf[len++] = '[';
                decimal(steps[i].itemIndex() + 1);
                buf[len++] = ']';
            }
        }
        buf[len++] = '"';
    }

    /** The input id quoted, as {@link Id128#hex()} prints it: 32 lower-case hex digits. */
    private void id(Id128 input) {
        room(34);
        buf[len++] = '"';
        hex16(input.hi());
        hex16(input.lo());
        buf[len++] = '"';
    }

    private void hex16(long v) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            buf[len++] = LOWER_HEX[(int) (v >>> shift) & 0xF];
        }
    }

    private void hex4(int v) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[len++] = HEX[(v >>> shift) & 0xF];
        }
    }

    /** A positive int in decimal (at most 10 digits, within the room the path reserved per step). */
    private void decimal(int v) {
        int digits = 1;
        for (int rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += digits;
    }

    private boolean string(byte[] quoted) {
        if (quoted == null) {
            return false;
        }
        raw(quoted);
        return true;
    }

    private void raw(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /**
     * The string quoted as JSON writes it, or {@code null} text for a null string; null when it holds a character
     * that JSON escapes or that is not printable ASCII.
     */
    static byte[] quoted(String s) {
        if (s == null) {
            return NULL;
        }
        byte[] latin = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] q = new byte[latin.length + 2];
        q[0] = '"';
        for (int i = 0; i < latin.length; i++) {
            byte b = latin[i];
            // a character outside Latin-1 comes out as '?': only a real question mark passes
            if (b < 0x20 || b > 0x7E || b == '"' || b == '\\' || b == '?' && s.charAt(i) != '?') {
                return null;
            }
            q[i + 1] = b;
        }
        q[q.length - 1] = '"';
        return q;
    }

    private void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Strings quoted before, by identity (rule names and action codes are a few hundred constant strings of the
     * compiled profile), in a small direct-mapped table: a slot holds the last string that fell in it. A string is
     * immutable, so a hit gives what quoting it again would; a collision or a new string only quotes again.
     */
    static final class QuotedStrings {
        private static final int SLOTS = 512;
        private final String[] strings = new String[SLOTS];
        private final byte[][] quoted = new byte[SLOTS][];

        /** The string asked for last and its bytes (consecutive changes mostly share their action and rule). */
        private String last;
        private byte[] lastQuoted;

        byte[] of(String s) {
            if (s == null) {
                return NULL;
            }
            if (s == last) {
                return lastQuoted;
            }
            int slot = System.identityHashCode(s) & (SLOTS - 1);
            byte[] q;
            if (strings[slot] == s) {
                q = quoted[slot];
            } else {
                q = PlainChangeLine.quoted(s);
                strings[slot] = s;
                quoted[slot] = q;
            }
            last = s;
            lastQuoted = q;
            return q;
        }
    }
}
