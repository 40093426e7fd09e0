package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.Implementation;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Input;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;
import org.veil.verify.MappingFile;

/**
 * The quarantine folder: for each failing input, {@code Q/<id>.input} is a byte copy of the input and
 * {@code Q/<id>.reason.txt} says why: the input's name (its path relative to IN, escaped as in the mapping file), the
 * category, the located message (file, offset, tag path; never a value). {@code <id>} is the input's id in the
 * journal (a keyed hash of its relative path), so entries never collide whatever the inputs are named (an input
 * {@code X} and one named {@code X.reason.txt}, or names too long to carry a suffix). Copies hold PHI: the folder
 * lives beside the output, never inside it, and it (mode 700) and its files (mode 600) are its owner's only. Both
 * files are written atomically; an input that cannot be read still gets its reason file. Thread-safe.
 */
public final class FolderQuarantine implements QuarantineSink {
    public static final String REASON_SUFFIX = ".reason.txt";
    public static final String COPY_SUFFIX = ".input";

    private final Path root;
    private final AtomicFileWriter writer;

    FolderQuarantine(Path root, Durability durability) {
        this.root = root;
        this.writer = AtomicFileWriter.ownerOnly(durability);
    }

    Path root() {
        return root;
    }

    @Override
    public void quarantine(Input input, QuarantineReason reason) throws IOException {
        String entry = entry(input.id());
        ensureRoot();
        Path copy = root.resolve(entry + COPY_SUFFIX);
        String copyNote;
        try {
            copy(input, copy);
            copyNote = "copy: " + copy.getFileName() + " (the input, byte for byte)";
        } catch (IOException e) {
            copyNote = "copy: none, the input could not be read (" + FailureText.withoutDetail(e) + ")";
        }
        writeReason(entry, input.label(), reason, copyNote);
    }

    /** A reason file alone, for something that is not a readable file (e.g. a folder that cannot be listed). */
    void reasonOnly(String id, String label, QuarantineReason reason) throws IOException {
        ensureRoot();
        writeReason(entry(id), label, reason, "copy: none");
    }

    private void copy(Input input, Path copy) throws IOException {
        if (input instanceof Input.OfBytes b) {
            writer.write(copy, out -> writeAll(out, ByteBuffer.wrap(b.bytes())));
            return;
        }
        Path source = ((Input.OfFile) input).file();
        writer.write(copy, out -> {
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) {
                        break;
                    }
                    done += n;
                }
            }
        });
    }

    private void writeReason(String entry, String label, QuarantineReason reason, String copyNote)
            throws IOException {
        String text = reasonText(label, reason, copyNote);
        Path file = root.resolve(entry + REASON_SUFFIX);
        writer.write(file, out -> writeAll(out, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The text of a reason file (holds the input's name, so PHI): front ends that keep a quarantine elsewhere (a
     * Spark job on HDFS) write the same text.
     */
    public static String reasonText(String label, QuarantineReason reason, String copyNote) {
        return "input: " + MappingFile.escape(label) + "\n"
                + "category: " + reason.category().text() + "\n"
                + "reason: " + MappingFile.escape(reason.detail()) + "\n"
                + copyNote + "\n"
                + "by: " + Implementation.VERSION_NAME + "\n";
    }

    private static void writeAll(java.nio.channels.WritableByteChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** The quarantine folder, created owner-only when missing. */
    private void ensureRoot() throws IOException {
        if (!Files.isDirectory(root)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(root);
            }
        }
    }

    /** The entry name of an input id: the id itself when it is a plain name, else a digest of it. */
    public static String entry(String id) {
        if (id.matches("[0-9A-Za-z_-]{1,64}")) {
            return id;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
