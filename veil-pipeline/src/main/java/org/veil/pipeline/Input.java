package org.veil.pipeline;

import java.nio.file.Path;

/**
 * One instance to process: a file (opened read-only, bulk data copied from it) or bytes already in memory (e.g. a
 * network message).
 */
public sealed interface Input permits Input.OfFile, Input.OfBytes {

    /**
     * A stable identifier of the input within its run, used to detect two inputs claiming one output. Must not hold
     * PHI when it is reported (e.g. a keyed hash of a path, or an association and message number).
     */
    String id();

    /**
     * How the input is named in quarantine reasons, e.g. its path relative to the input folder. May hold PHI (file
     * names often do): only quarantine, which holds PHI anyway, may show it.
     */
    String label();

    /** Size in bytes (for progress and reports). */
    long size();

    /**
     * A file input.
     *
     * @param file  the file; never opened for writing
     * @param id    see {@link Input#id()}
     * @param label see {@link Input#label()}
     * @param size  its size in bytes
     */
    record OfFile(Path file, String id, String label, long size) implements Input {
    }

    /**
     * An input in memory.
     *
     * @param bytes the complete Part 10 file or raw data set (not copied: the caller must not change it)
     * @param id    see {@link Input#id()}
     * @param label see {@link Input#label()}
     */
    record OfBytes(byte[] bytes, String id, String label) implements Input {
        @Override
        public long size() {
            return bytes.length;
        }
    }
}
