package org.veil.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.data.Dataset;
import org.veil.pixel.redact.PixelTempFiles;

/**
 * Temporary files that a pixel step left referenced by a data set (pixel data spilled to disk), kept until that data
 * set is written and then deleted. Thread-safe; data sets are told apart by identity.
 */
public final class PendingTempFiles {
    private final Map<Dataset, List<Path>> pending = new IdentityHashMap<>();

    /** Keeps {@code files} until {@link #release} is called for {@code ds}. */
    public void keep(Dataset ds, List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        synchronized (pending) {
            pending.computeIfAbsent(ds, k -> new ArrayList<>()).addAll(files);
        }
    }

    /** Deletes the files kept for {@code ds} (it has been written or given up). */
    public void release(Dataset ds) {
        List<Path> files;
        synchronized (pending) {
            files = pending.remove(ds);
        }
        if (files != null) {
            PixelTempFiles.deleteAll(files);
        }
    }
}
