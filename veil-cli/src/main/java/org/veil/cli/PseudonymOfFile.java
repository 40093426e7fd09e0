package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;

/** The pseudonymous Patient ID of a de-identified file, for {@code veil reidentify --file}. */
final class PseudonymOfFile {
    private PseudonymOfFile() {
    }

    /**
     * @throws IOException when the file cannot be read as DICOM or has no Patient ID
     */
    static String read(Path file) throws IOException {
        String id = DatasetView.of(DicomReader.read(file).dataset()).string(Tags.PatientID);
        if (id == null || id.isBlank()) {
            throw new IOException(file + ": no Patient ID (0010,0020) to look up");
        }
        return id.strip();
    }
}
