package org.veil.pipeline.folder;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The append-only record of completed inputs ({@code journal.tsv} in the work folder {@code OUT.veil/}): a header line, then one line per input
 * written after its output (or quarantine copy) was renamed into place. An entry therefore proves its output is
 * complete; an output without an entry is simply redone (outputs are deterministic for a fixed key). Each entry is
 * one {@code write} to the operating system, so a killed process loses at most the entry being written, and a torn
 * last line is cut off when the journal is reopened. Not thread-safe: {@link RunRecord} serializes appends.
 */
final class Journal implements Closeable {
    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens or creates a journal.
     *
     * @param header what this run is; an existing journal must match it
     * @param replay receives every complete entry of an existing journal, in order
     * @throws RunRefusedException when the existing journal belongs to a run this one cannot continue, or is corrupt
     */
    static Journal open(Path file, JournalHeader header, Consumer<JournalEntry> replay)
            throws IOException, RunRefusedException {
        if (Files.exists(file)) {
            long end = replay(file, header, replay);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            if (ch.size() > end) {
                ch.truncate(end);
            }
            ch.position(end);
            Journal j = new Journal(file, ch);
            if (end == 0) {
                j.append(header.line());
            }
            return j;
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Journal j = new Journal(file, ch);
        j.append(header.line());
        return j;
    }

    /**
     * Reads the journal; returns the length of its complete lines (0 when even the header is incomplete: the run was
     * killed before it wrote anything).
     */
    static long replay(Path file, JournalHeader header, Consumer<JournalEntry> replay)
            throws IOException, RunRefusedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long offset = 0;
            long complete = 0;
            int lineNumber = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lineNumber++;
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (lineNumber == 1) {
                    checkHeader(file, text, header);
                } else {
                    replay.accept(parse(file, lineNumber, text));
                }
                complete = offset;
            }
            return complete;
        }
    }

    /** Checks the header line of an existing journal against this run's, reading only. */
    static void checkHeader(Path file, JournalHeader now) throws IOException, RunRefusedException {
        String first;
        try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        if (first != null && !first.isEmpty()) {
            checkHeader(file, first, now);
        }
    }

    private static void checkHeader(Path file, String line, JournalHeader now) throws RunRefusedException {
        JournalHeader before = JournalHeader.parse(line);
        if (before == null) {
            throw new RunRefusedException(file + ": line 1 is not a Veil journal header");
        }
        String conflict = before.conflictWith(now);
        if (conflict != null) {
            throw new RunRefusedException("the output folder holds another run that this one cannot continue: "
                    + conflict + ". Use an empty output folder, or remove this one (with its quarantine and its work "
                    + "folder " + file.getParent() + ") to start over");
        }
    }

    private static JournalEntry parse(Path file, int lineNumber, String text) throws RunRefusedException {
        try {
            return JournalEntry.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RunRefusedException(file + " line " + lineNumber + " is corrupt (" + e.getMessage()
                    + "); start over with an empty output folder");
        }
    }

    /** Appends one entry with a single write. */
    void append(JournalEntry entry) throws IOException {
        append(entry.line());
    }

    /** Appends complete lines (one or more entries) with a single write. */
    void append(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Forces the journal to the device. */
    void force() throws IOException {
        channel.force(false);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
