package org.veil.pipeline.folder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.verify.MappingFile;

/**
 * Writes the run's {@link MappingFile} ({@code mapping.tsv} in the work folder): which input (path and id) became
 * which output, for {@code veil verify} and for tracing a log line's input id to its file. It names original files
 * (which may hold PHI), so it never sits in the output and only its owner may read it (mode 600). Appended across
 * resumed sessions; the lines of each journaled batch of inputs are collected in memory and written together with
 * one write, after the journal (the file's own writer would flush each line). A session killed between the two
 * leaves inputs journaled but unmapped: the next session adds their lines as its walk passes over them
 * ({@link MappingGaps}), so the file ends with exactly one line per output. Opened only once the run is accepted (a
 * refused run writes nothing).
 */
final class RunMapping implements RunListener, AutoCloseable {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;
    private final Path inRoot;
    private final Path outRoot;
    /** The lines of the inputs completed since the last {@link #recorded()}. */
    private final StringWriter pending = new StringWriter(8192);
    /** Input id to output name of the inputs journaled by an earlier session whose lines the file lacks. */
    private final Map<Id128, String> missing;
    private Writer writer;

    private RunMapping(Path file, Path inRoot, Path outRoot, Writer writer, Map<Id128, String> missing) {
        this.file = file;
        this.inRoot = inRoot;
        this.outRoot = outRoot;
        this.writer = writer;
        this.missing = missing;
    }

    static RunMapping open(RunDirectories dirs) throws IOException {
        Path file = dirs.mapping();
        boolean fresh = !Files.exists(file);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (fresh && posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else if (fresh) {
            Files.createFile(file);
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Map<Id128, String> missing = MappingGaps.find(file, dirs.state().resolve(RunRecord.JOURNAL));
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
        if (Files.size(file) == 0) {
            MappingFile.writeHeader(w);
            w.flush();
        }
        Path inRoot = Files.isDirectory(dirs.in()) ? dirs.in() : dirs.in().getParent();
        return new RunMapping(file, inRoot, dirs.out(), w, missing);
    }

    @Override
    public synchronized void completed(Input input, Outcome outcome) {
        if (writer == null || !(outcome instanceof Outcome.Written w) || !(input instanceof Input.OfFile f)) {
            return;
        }
        Path source = f.file().toAbsolutePath().normalize();
        if (!source.startsWith(inRoot)) {
            return;
        }
        append(source, w.name(), input.id());
    }

    /**
     * Told about an input the walk passes over because an earlier session journaled it: adds its line (with the next
     * batch's) when that session was killed before writing it.
     */
    synchronized void passedOver(Path input, Id128 id) {
        if (writer == null || missing.isEmpty()) {
            return;
        }
        String name = missing.remove(id);
        Path source = input.toAbsolutePath().normalize();
        if (name != null && source.startsWith(inRoot)) {
            append(source, name, id.hex());
        }
    }

    private void append(Path source, String name, String id) {
        MappingFile.append(pending, inRoot, source, outRoot, outRoot.resolve(name), id);
    }

    /** Flushes the lines of the inputs just journaled (one write per batch instead of one per input). */
    @Override
    public synchronized void recorded() {
        if (writer == null) {
            return;
        }
        try {
            writePending();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void writePending() throws IOException {
        StringBuffer lines = pending.getBuffer();
        if (lines.length() > 0) {
            writer.append(lines);
            lines.setLength(0);
        }
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            try {
                writePending();
            } finally {
                writer.close();
                writer = null;
            }
        }
    }
}
