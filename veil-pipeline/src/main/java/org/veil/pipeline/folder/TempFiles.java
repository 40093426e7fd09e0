package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Temporary files of {@link AtomicFileWriter}: hidden, ending in {@value #SUFFIX}. A killed run may leave some; a
 * resumed run removes them from its output and quarantine folders before it starts.
 */
final class TempFiles {
    /** Suffix of every temporary file Veil writes. */
    static final String SUFFIX = ".veil-tmp";

    private TempFiles() {
    }

    /** True for a name {@link AtomicFileWriter} gives a temporary file. */
    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    /**
     * Deletes Veil's temporary files under {@code root} (not following links).
     *
     * @return how many were removed
     */
    static int clean(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int[] removed = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isTemp(file)) {
                    Files.delete(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }
}
