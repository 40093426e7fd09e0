package org.veil.broker;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read and write (mode 600) where the file system has POSIX permissions; elsewhere the
 * permissions are left to the platform and its access control lists.
 */
public final class PrivateFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateFile() {
    }

    /**
     * Creates a new empty file with mode 600 atomically.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public static Path createNew(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return file;
        }
        return Files.createFile(file);
    }

    /** Sets mode 600 on an existing file where POSIX permissions exist. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** True when the file has POSIX permissions that let group or others in. */
    public static boolean shared(Path file) throws IOException {
        return posix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
