package org.veil.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The built-in lexicon and name model of a process: built once and shared by every scrubber and thread. Building
 * them from the word lists (400,000 words sorted and merged into a trie, the name model trained over the lists) cost
 * about 0.7 CPU seconds and 17 MB of strings at the start of every run with a text option, more than
 * de-identifying a thousand CT files. So the build writes them once, as an image of the finished arrays, into the
 * jar ({@link #main}, run by Maven after compiling this module), and a run reads the arrays back in a few
 * milliseconds. The image carries a checksum of everything it was computed from (the list resources and the classes
 * that turn them into tables): an image that does not match, or is missing (a class path without the build step),
 * is ignored and the tables are built from the lists as before, with the same result. Public only for the build
 * step's {@link #main}.
 */
public final class BuiltinTables {

    /** The image's resource name, beside this class. */
    static final String RESOURCE = "builtin-tables.bin";
    private static final long MAGIC = 0x5645494c4c455831L;
    /** Resources and classes the tables are computed from: a change to any of them makes an image stale. */
    private static final List<String> SOURCES = List.of("first-names.txt.gz", "last-names.txt.gz",
            "clinical-terms.txt", "english-words.txt.gz", "vocabulary.txt.gz", "context-words.txt",
            "street-suffixes.txt", "organization-words.txt", "BuiltinTables.class", "Lexicon.class",
            "SortedWords.class", "WordTrie.class", "WordTrie$Assembly.class", "NameShape.class",
            "NameShape$Model.class", "NameShape$Source.class", "CharFold.class", "WordListFile.class",
            "MonthNames.class", "NameLists.class", "ClinicalTerms.class");
    private static final int CHUNK = 1 << 16;
    private static volatile BuiltinTables shared;

    final Lexicon lexicon;
    final NameShape nameShape;

    private BuiltinTables(Lexicon lexicon, NameShape nameShape) {
        this.lexicon = lexicon;
        this.nameShape = nameShape;
    }

    /** The process's built-in tables: read from the image, else built from the lists (once). */
    static BuiltinTables get() {
        BuiltinTables t = shared;
        if (t == null) {
            synchronized (BuiltinTables.class) {
                t = shared;
                if (t == null) {
                    t = read(BuiltinTables.class.getResourceAsStream(RESOURCE));
                    if (t == null) {
                        t = fromLists();
                    }
                    shared = t;
                }
            }
        }
        return t;
    }

    /** True when this process has them. */
    static boolean isLoaded() {
        return shared != null;
    }

    /** Built from the built-in lists, which are let go afterwards (see {@link NameLists#builtin()}). */
    static BuiltinTables fromLists() {
        NameLists names = NameLists.builtin();
        ClinicalTerms terms = ClinicalTerms.builtin();
        Lexicon lexicon = new Lexicon(names, terms);
        return new BuiltinTables(lexicon, NameShape.train(names, terms, lexicon));
    }

    /**
     * The tables of an image, or null when there is none ({@code in} null), when it was computed from other
     * lists or classes than these, or when it cannot be read whole (closes {@code in}).
     */
    static BuiltinTables read(InputStream in) {
        if (in == null) {
            return null;
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (data.readLong() != MAGIC || data.readLong() != stamp()) {
                return null;
            }
            WordTrie trie = WordTrie.ofArrays(ints(data), chars(data), ints(data), ints(data));
            int[][] model = new int[data.readInt()][];
            for (int i = 0; i < model.length; i++) {
                model[i] = ints(data);
            }
            if (data.read() != -1) {
                return null;
            }
            return new BuiltinTables(new Lexicon(trie), NameShape.ofTables(model));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes these tables as an image. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeLong(MAGIC);
        data.writeLong(stamp());
        lexicon.trie().write((edgeStart, edgeChar, edgeTarget, value) -> {
            ints(data, edgeStart);
            chars(data, edgeChar);
            ints(data, edgeTarget);
            ints(data, value);
        });
        int[][] model = nameShape.tables();
        data.writeInt(model.length);
        for (int[] table : model) {
            ints(data, table);
        }
        data.flush();
    }

    /** The build step: builds the tables from the lists and writes their image to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(tmp)) {
            fromLists().write(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A checksum of the sources as this class path holds them. */
    static long stamp() {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (String name : SOURCES) {
            crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = BuiltinTables.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing beside " + BuiltinTables.class.getName());
                }
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return crc.getValue();
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(values);
        out.writeInt(values.length);
        out.write(b.array());
    }

    private static void chars(DataOutputStream out, char[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2);
        b.asCharBuffer().put(values);
        out.writeInt(values.length);
        out.write(b.array());
    }

    /** Read through a small buffer, not a byte copy of the whole array: the heap the JVM grows stays small. */
    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        byte[] bytes = new byte[CHUNK];
        for (int at = 0; at < values.length; ) {
            int n = Math.min(CHUNK / 4, values.length - at);
            in.readFully(bytes, 0, n * 4);
            ByteBuffer.wrap(bytes, 0, n * 4).asIntBuffer().get(values, at, n);
            at += n;
        }
        return values;
    }

    private static char[] chars(DataInputStream in) throws IOException {
        char[] values = new char[in.readInt()];
        byte[] bytes = new byte[CHUNK];
        for (int at = 0; at < values.length; ) {
            int n = Math.min(CHUNK / 2, values.length - at);
            in.readFully(bytes, 0, n * 2);
            ByteBuffer.wrap(bytes, 0, n * 2).asCharBuffer().get(values, at, n);
            at += n;
        }
        return values;
    }
}
