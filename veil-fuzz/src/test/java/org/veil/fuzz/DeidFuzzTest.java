package org.veil.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.channels.Channels;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * De-identification (Basic Profile, keyed pseudonyms) of whatever the reader accepts: it either rejects the instance
 * with a {@link DeidException} (quarantine) or leaves no value of an identifying attribute in that attribute, under any
 * VR ({@link IdentifyingValues}); the result is written, or refused with an {@link IOException} or
 * {@link IllegalArgumentException} (which the pipeline quarantines).
 */
class DeidFuzzTest {
    private static final Deidentifier DEID = new Deidentifier(DeidConfig.builder().key(ProjectKey.of(new byte[] {
        70, 85, 90, 90, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
        27, 28})).build());

    @MethodSource("org.veil.fuzz.Seeds#dicomAndLyingVrs")
    @FuzzTest
    void deidentify(byte[] data) {
        DicomFile f;
        try {
            f = FuzzInput.read(data);
        } catch (IOException refused) {
            return;
        }
        IdentifyingValues before = IdentifyingValues.of(f.dataset());
        try {
            DEID.deidentify(f.dataset());
        } catch (DeidException quarantined) {
            return;
        }
        before.assertNoneSurvives(f.dataset());
        try {
            DicomWriter.write(null, null, f.dataset(), f.transferSyntax(), Channels.newChannel(
                    java.io.OutputStream.nullOutputStream()), WriteOptions.AS_READ);
        } catch (IOException | IllegalArgumentException refused) {
            // the pipeline quarantines an instance it cannot write
        }
    }
}
