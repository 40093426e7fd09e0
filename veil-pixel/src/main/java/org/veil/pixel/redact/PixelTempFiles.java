package org.veil.pixel.redact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files that hold redacted pixel data between redaction and writing. Callers delete each file with
 * {@link #delete} once the data set is written (or given up); whatever is still live when the JVM exits is deleted
 * then. Unlike {@link java.io.File#deleteOnExit()}, whose list only grows, the registry holds only live files, so a
 * batch of millions of images runs in constant memory. Thread-safe.
 */
public final class PixelTempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PixelTempFiles::deleteLive, "veil-pixel-temp-cleanup"));
    }

    private PixelTempFiles() {
    }

    /** Creates an empty temporary file in {@code directory} (null: the system temporary directory). */
    static Path create(Path directory) throws IOException {
        Path file = directory == null ? Files.createTempFile("veil-pixel-", ".bin")
                : Files.createTempFile(directory, "veil-pixel-", ".bin");
        LIVE.add(file);
        return file;
    }

    /** Deletes a file made here; a failure is left to the exit-time cleanup. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            LIVE.remove(file);
        } catch (IOException e) {
            // still registered: retried when the JVM exits
        }
    }

    /** Deletes each of {@code files}. */
    public static void deleteAll(Collection<Path> files) {
        for (Path p : files) {
            delete(p);
        }
    }

    /** How many temporary files are live now (for tests and diagnostics). */
    public static int live() {
        return LIVE.size();
    }

    private static void deleteLive() {
        deleteAll(Set.copyOf(LIVE));
    }
}
