package org.veil.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.dicom.io.DicomFile;

/**
 * The reader on any bytes, in every transfer syntax (see {@link FuzzInput}): it returns a data set or throws a
 * located {@link IOException}; anything else (a runtime exception, a stack overflow, running out of memory, a hang) is
 * a finding.
 */
class ReaderFuzzTest {
    @MethodSource("org.veil.fuzz.Seeds#dicom")
    @FuzzTest
    void read(byte[] data) {
        try {
            DicomFile f = FuzzInput.read(data);
            f.dataset().size();
        } catch (IOException refused) {
            // a parse error naming file, offset and tag: the input goes to quarantine
        }
    }
}
