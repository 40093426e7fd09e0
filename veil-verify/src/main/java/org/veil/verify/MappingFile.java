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
 * {@code input<TAB>output}, both relative to ORIGINAL and OUTPUT with '/' separators; a first line
 * {@code #veil-mapping v1} (and any line starting with '#') is a comment; no quoting, so a path may not contain a tab
 * or a line break. Several outputs may name the same input (e.g. a multi-frame split); an input without output (filtered
 * or quarantined) is simply absent.
 *
 * <p>It holds original file names, which may be identifying: keep it out of the delivery (verification never
 * searches it and notes it when it sits inside OUTPUT).
 */
public final class MappingFile {
    /** The default name, looked for in OUTPUT when no mapping file is given. */
    public static final String DEFAULT_NAME = "mapping.tsv";
    /** What {@code veil deid} writes beside its output folder: {@code OUT.mapping.tsv} (it names original files). */
    public static final String SIBLING_SUFFIX = ".mapping.tsv";
    /** The first line. */
    public static final String HEADER = "#veil-mapping v1";

    /** One line: paths relative to ORIGINAL and OUTPUT. */
    public record Entry(String input, String output) {
        public Entry {
            if (input.contains("\t") || output.contains("\t") || input.contains("\n") || output.contains("\n")) {
                throw new IllegalArgumentException("mapping paths may not contain tabs or line breaks");
            }
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
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
                throw new IOException(file + ":" + n + ": expected 'input<TAB>output', found " + f.length
                        + " field(s)");
            }
            out.add(new Entry(f[0], f[1]));
        }
        return out;
    }

    /** Writes the header line; then call {@link #append} per output (the writer is the caller's to close). */
    public static void writeHeader(Writer w) {
        line(w, HEADER);
    }

    /** Appends one entry; paths are made relative with '/' separators. */
    public static void append(Writer w, Path originalRoot, Path input, Path outputRoot, Path output) {
        Entry e = new Entry(relative(originalRoot, input), relative(outputRoot, output));
        line(w, e.input() + "\t" + e.output());
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
