package org.veil.verify;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pairing of inputs with outputs written by {@code veil deid}: UTF-8 text, one line per output file,
 * {@code input<TAB>output<TAB>id}, paths relative to ORIGINAL and OUTPUT with '/' separators, and the input's id (the
 * keyed digest that names the input in logs and quarantine file names, so a log line can be traced to a file by
 * whoever holds this mapping); a first line {@code #veil-mapping v3} (and any line starting with '#') is a comment.
 * v2 files (two columns) are still read. In v2 a backslash, tab, line feed or
 * carriage return in a path is escaped as {@code \\}, {@code \t}, {@code \n}, {@code \r} (other control characters
 * as {@code \}{@code uXXXX}), so any file name fits on its line; v1 files (no escapes) are still read. Several
 * outputs may name the same input (e.g. a multi-frame split); an input without output (filtered
 * or quarantined) is simply absent.
 *
 * <p>It holds original file names, which may be identifying: keep it out of the delivery (verification never
 * searches it and notes it when it sits inside OUTPUT).
 */
public final class MappingFile {
    /** The default name, looked for in OUTPUT when no mapping file is given. */
    public static final String DEFAULT_NAME = "mapping.tsv";
    /** What {@code veil deid} before 0.2 wrote beside its output folder: {@code OUT.mapping.tsv}. */
    public static final String SIBLING_SUFFIX = ".mapping.tsv";
    /** {@code veil deid}'s default work folder beside its output folder, {@code OUT.veil}: it holds the mapping. */
    public static final String WORK_SUFFIX = ".veil";
    /** The first line. */
    public static final String HEADER = "#veil-mapping v3";
    private static final String HEADER_V1 = "#veil-mapping v1";

    /**
     * One line: paths relative to ORIGINAL and OUTPUT (unescaped) and the input's id ("" in files before v3).
     */
    public record Entry(String input, String output, String id) {
        public Entry(String input, String output) {
            this(input, output, "");
        }
    }

    private MappingFile() {
    }

    /**
     * Reads a mapping file.
     *
     * @throws IOException naming the file and line of a malformed line
     */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        int n = 0;
        boolean escaped = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (n == 1 && line.equals(HEADER_V1)) {
                escaped = false;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f.length > 3 || f[0].isEmpty() || f[1].isEmpty()) {
                throw new IOException(file + ":" + n + ": expected 'input<TAB>output<TAB>id', found " + f.length
                        + " field(s)");
            }
            String id = f.length == 3 ? f[2] : "";
            out.add(escaped ? new Entry(unescape(f[0]), unescape(f[1]), id) : new Entry(f[0], f[1], id));
        }
        return out;
    }

    /** Writes the header line; then call {@link #append} per output (the writer is the caller's to close). */
    public static void writeHeader(Writer w) {
        line(w, HEADER);
    }

    /** Appends one entry; paths are made relative with '/' separators. */
    public static void append(Writer w, Path originalRoot, Path input, Path outputRoot, Path output) {
        append(w, originalRoot, input, outputRoot, output, "");
    }

    /** Appends one entry with the input's id; paths are made relative with '/' separators. */
    public static void append(Writer w, Path originalRoot, Path input, Path outputRoot, Path output, String id) {
        Entry e = new Entry(relative(originalRoot, input), relative(outputRoot, output), id);
        line(w, escape(e.input()) + "\t" + escape(e.output()) + (id.isEmpty() ? "" : "\t" + escape(id)));
    }

    /**
     * A name with backslash, tab, line feed and carriage return escaped as two characters and other control
     * characters as {@code \}{@code uXXXX}: it fits on one line of a text file and between tabs.
     */
    public static String escape(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #escape}; a backslash before anything else stays as it is. */
    public static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            int code = next == 'u' ? hex4(text, i + 2) : -1;
            if (c != '\\' || next == 'u' && code < 0 || "\\tnru".indexOf(next) < 0 || next == 0) {
                sb.append(c);
                i++;
            } else if (next == 'u') {
                sb.append((char) code);
                i += 6;
            } else {
                sb.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : '\\');
                i += 2;
            }
        }
        return sb.toString();
    }

    /** The value of four hex digits at {@code at}, or -1. */
    private static int hex4(String text, int at) {
        if (at + 4 > text.length()) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(text.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** {@code file} relative to {@code root}, with '/' separators. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
            w.write('\n');
            if (w instanceof BufferedWriter b) {
                b.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
