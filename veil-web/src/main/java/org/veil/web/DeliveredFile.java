package org.veil.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/** Replaces a delivered file atomically: written beside it, forced to disk, renamed over it. */
final class DeliveredFile {
    private DeliveredFile() {
    }

    /**
     * Writes {@code ds} in {@code ts} over {@code file}; the temporary pixel files in {@code temps} are deleted
     * afterwards (written or not).
     */
    static void replace(Path file, Dataset fileMeta, Dataset ds, TransferSyntax ts, List<Path> temps)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".web-tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, fileMeta, ds, ts, ch, WriteOptions.DEFAULT);
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
