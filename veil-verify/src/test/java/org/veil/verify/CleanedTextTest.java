package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.profile.ProfileOption;
import org.veil.text.ScrubbingTextCleaner;

/**
 * Under Clean Descriptors a description without identifiers legitimately survives unchanged (action C keeps the
 * non-identifying text), while an identifier inside it is still a leak; dates, whose C means "modified", stay needles.
 */
class CleanedTextTest {
    private static final int STUDY_DESCRIPTION = 0x00081030;

    @TempDir
    Path tmp;

    private VerifyReport deliver(ProfileOption option, java.util.function.Consumer<Dataset> plant) throws Exception {
        Dataset in = PlantedLeakTest.input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877");
        DatasetView.of(in).putString(STUDY_DESCRIPTION, VR.LO, "CT CHEST W/O CONTRAST");
        Files2.write(in, tmp.resolve("in/a.dcm"));
        Dataset out = DatasetCopy.deep(in, null);
        ScrubbingTextCleaner scrubbing = ScrubbingTextCleaner.builder().build();
        new Deidentifier(DeidConfig.builder().option(option)
                .textCleaner((ds, days, pseudonym) -> scrubbing.forInstance(ds, days, pseudonym)::clean)
                .build()).deidentify(out);
        plant.accept(out);
        Files2.write(out, tmp.resolve("out/a.dcm"));
        return Verifier.verify(tmp.resolve("in"), tmp.resolve("out"),
                VerifyConfig.builder().options(Set.of(option)).build());
    }

    @Test
    void verify_cleanDescriptorsKeepsIdentifierFreeDescription_clean() throws Exception {
        VerifyReport r = deliver(ProfileOption.CLEAN_DESCRIPTORS, out -> { });
        assertTrue(r.clean(), r.toText());
    }

    @Test
    void verify_cleanDescriptorsDescriptionHoldingPatientName_leak() throws Exception {
        VerifyReport r = deliver(ProfileOption.CLEAN_DESCRIPTORS,
                out -> DatasetView.of(out).putString(STUDY_DESCRIPTION, VR.LO, "CT CHEST JANE DOE"));
        assertFalse(r.clean(), r.toText());
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK
                && f.where().contains("(0008,1030)")), r.toText());
    }

    @Test
    void verify_modifiedDatesWithOriginalStudyDate_leak() throws Exception {
        VerifyReport r = deliver(ProfileOption.RETAIN_LONG_MODIFIED_DATES,
                out -> DatasetView.of(out).putString(0x00080020, VR.DA, "20190317"));
        assertFalse(r.clean(), r.toText());
    }
}
