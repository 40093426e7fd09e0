package org.veil.pipeline.dicomdir;

import java.io.IOException;
import org.veil.dicom.io.DicomFile;

/** What a DICOMDIR rewrite needs to know about the rest of the delivery. Implementations must be thread-safe. */
public interface DirectoryFiles {
    /**
     * The output name (a relative path with {@code /}) of the input at {@code relativeInputPath} (relative to the
     * input root, {@code /} separators), or null when that input is not in the delivery (absent, skipped, quarantined).
     */
    String outputOf(String relativeInputPath);

    /** Reads a written output, e.g. to copy its de-identified values into the record that describes it. */
    DicomFile readOutput(String outputName) throws IOException;
}
