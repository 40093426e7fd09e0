package org.veil.spark;

import org.apache.hadoop.fs.FileSystem;

/**
 * Hadoop's local file system writes a {@code .name.crc} file beside every file; a delivery holds only what
 * {@code veil deid} would write, so checksum files are turned off (HDFS keeps its own block checksums regardless).
 */
final class Checksums {
    private Checksums() {
    }

    static FileSystem off(FileSystem fs) {
        fs.setWriteChecksum(false);
        fs.setVerifyChecksum(false);
        return fs;
    }
}
