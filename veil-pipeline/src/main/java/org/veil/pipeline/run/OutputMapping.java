package org.veil.pipeline.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.folder.InputUnreadableException;
import org.veil.pipeline.folder.RunListener;
import org.veil.verify.MappingFile;

/**
 * Writes {@code OUT.mapping.tsv} beside the output folder: which input became which output, for {@code veil verify}.
 * It names original files (which may hold PHI), so it is kept out of the deliverable folder and only its owner may
 * read it (mode 600). Appended across resumed
 * sessions; each line is flushed whole.
 */
public final class OutputMapping implements RunListener, AutoCloseable {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Path inRoot;
    private final Path outRoot;
    private Writer writer;

    private OutputMapping(Path file, Path inRoot, Path outRoot, Writer writer) {
        this.file = file;
        this.inRoot = inRoot;
        this.outRoot = outRoot;
        this.writer = writer;
    }

    /**
     * Opens (or, for a resumed run, reopens) the mapping file of a run from {@code in} into {@code out}.
     *
     * @throws InputUnreadableException when the input cannot be resolved
     */
    public static OutputMapping open(Path in, Path out) throws IOException {
        Path inReal;
        try {
            inReal = in.toRealPath();
        } catch (IOException e) {
            throw new InputUnreadableException("the input " + in + " cannot be read (" + FailureText.of(e) + ")", e);
        }
        Path inRoot = Files.isDirectory(inReal) ? inReal : inReal.getParent();
        Path outAbs = out.toAbsolutePath().normalize();
        Path file = outAbs.resolveSibling(outAbs.getFileName() + MappingFile.SIBLING_SUFFIX);
        Files.createDirectories(outAbs.getParent());
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
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
        if (fresh) {
            MappingFile.writeHeader(w);
            w.flush();
        }
        return new OutputMapping(file, inRoot, outAbs, w);
    }

    /** The mapping file. */
    public Path file() {
        return file;
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
        try {
            MappingFile.append(writer, inRoot, source, outRoot, outRoot.resolve(w.name()));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
