package org.veil.cli.gateway;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.veil.pipeline.Input;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;

/**
 * The gateway's quarantine: for each failing instance, {@code <id>.input} (the instance as received) and
 * {@code <id>.reason.txt} (category and the located reason as a sentence), {@code <id>} being its spool id. Both are
 * written to a temporary file, forced and renamed. The folder (mode 700) and its files (600) hold PHI.
 */
final class SpoolQuarantine implements QuarantineSink {
    private final Path root;

    SpoolQuarantine(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    @Override
    public void quarantine(Input input, QuarantineReason reason) throws IOException {
        Path source = ((Input.OfFile) input).file();
        String note = input.label() + "\n" + reason.category() + ": " + reason.detail() + "\n";
        Path copy = temp();
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        publish(copy, input.id() + ".input");
        Path text = temp();
        Files.writeString(text, note);
        publish(text, input.id() + ".reason.txt");
    }

    private Path temp() throws IOException {
        try {
            return Files.createTempFile(root, ".q-", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(root, ".q-", ".tmp");
        }
    }

    private void publish(Path temp, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
