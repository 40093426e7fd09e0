package org.veil.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/** Writes test data sets as DICOM files. */
final class Files2 {
    private Files2() {
    }

    static Path write(Dataset ds, Path file) throws IOException {
        return write(ds, file, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    static Path write(Dataset ds, Path file, TransferSyntax ts) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, new Dataset(), ds, ts, ch, WriteOptions.DEFAULT);
        }
        return file;
    }
}
