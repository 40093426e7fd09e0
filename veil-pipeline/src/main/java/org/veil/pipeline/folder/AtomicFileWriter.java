package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileSystems;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.veil.pipeline.InstanceBody;

/**
 * Writes a file so that it either appears complete under its name or not at all: the body goes to a temporary file
 * in the destination folder ({@code .<name>.<n>.veil-tmp}, see {@link TempFiles}), which is then renamed over the
 * target (an atomic replace on POSIX file systems). Thread-safe.
 */
final class AtomicFileWriter {
    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private final Durability durability;
    private final FileAttribute<?>[] attributes;
    private final AtomicLong counter = new AtomicLong();
    private final Set<Path> knownFolders = ConcurrentHashMap.newKeySet();

    AtomicFileWriter(Durability durability) {
        this(durability, NONE);
    }

    private AtomicFileWriter(Durability durability, FileAttribute<?>[] attributes) {
        this.durability = durability;
        this.attributes = attributes;
    }

    /** A writer whose files only their owner may read and write (mode 600 where POSIX permissions exist). */
    static AtomicFileWriter ownerOnly(Durability durability) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new AtomicFileWriter(durability);
        }
        return new AtomicFileWriter(durability, new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))});
    }

    /**
     * Writes {@code target} atomically.
     *
     * @return the number of bytes written
     * @throws IOException when writing or renaming failed; the temporary file is then removed and the target untouched
     */
    long write(Path target, InstanceBody body) throws IOException {
        Path folder = target.getParent();
        ensureFolder(folder);
        Path tmp = folder.resolve("." + target.getFileName() + "." + counter.incrementAndGet() + TempFiles.SUFFIX);
        boolean moved = false;
        try {
            long size;
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    attributes)) {
                body.writeTo(ch);
                if (durability == Durability.POWER_LOSS) {
                    ch.force(true);
                }
                size = ch.size();
            }
            move(tmp, target);
            moved = true;
            if (durability == Durability.POWER_LOSS) {
                forceFolder(folder);
            }
            return size;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + tmp.getFileName() + " to " + target + " atomically: "
                    + e.getMessage(), e);
        }
    }

    private void ensureFolder(Path folder) throws IOException {
        if (!knownFolders.contains(folder)) {
            Files.createDirectories(folder);
            if (knownFolders.size() > 100_000) {
                knownFolders.clear();
            }
            knownFolders.add(folder);
        }
    }

    /** Makes a folder's entries (a rename) durable. */
    static void forceFolder(Path folder) throws IOException {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
