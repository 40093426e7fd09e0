package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.profile.ProfileOption;

/**
 * Issue 13 item 9: {@code veil verify} reported leaks on clean outputs. Each test builds an input and its output the
 * way the engine de-identifies it, adds what the field data had, and checks both that the false match is gone and
 * that the same value where it really leaks is still found.
 */
@Tag("regression")
class VerifyPrecisionRegressionTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {9, 9, 1, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2,
        3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final int PATIENT_NAME = 0x00100010;
    private static final int SERIES_DESCRIPTION = 0x0008103E;
    private static final int IMAGE_COMMENTS = 0x00204000;
    private static final int ADDITIONAL_HISTORY = 0x001021B0;

    @TempDir
    Path tmp;

    /** Writes {@code in} (changed by {@code input}) and its de-identified output (then changed by {@code output}). */
    private void deliver(String name, String sop, String patientId, Consumer<Dataset> input, Consumer<Dataset> output,
                         Set<ProfileOption> options) throws Exception {
        Dataset in = PlantedLeakTest.input(sop, patientId);
        input.accept(in);
        Files2.write(in, tmp.resolve("in").resolve(name));
        Dataset out = DatasetCopy.deep(in, null);
        new Deidentifier(DeidConfig.builder().key(KEY).options(options).build()).deidentify(out);
        output.accept(out);
        Files2.write(out, tmp.resolve("out").resolve(name));
    }

    private void deliver(Consumer<Dataset> input, Consumer<Dataset> output) throws Exception {
        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877", input, output, Set.of());
    }

    private VerifyReport verify(VerifyConfig.Builder cfg) throws Exception {
        return Verifier.verify(tmp.resolve("in"), tmp.resolve("out"), cfg.build());
    }

    private VerifyReport verify() throws Exception {
        return verify(VerifyConfig.builder());
    }

    private static void str(Dataset d, int tag, VR vr, String value) {
        DatasetView.of(d).putString(tag, vr, value);
    }

    private static boolean leakOf(VerifyReport r, String attribute) {
        return r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK && f.detail().contains(attribute));
    }

    @Test
    void namePartInsideRandomPseudonym_notALeak_asAWordStillFound() throws Exception {
        deliver(in -> str(in, PATIENT_NAME, VR.PN, "Orla^Quinn"),
                out -> str(out, PATIENT_NAME, VR.PN, "PAT^QAJDORLAHG57SNPY"));
        assertTrue(verify().clean(), verify().toText());

        deliver(in -> str(in, PATIENT_NAME, VR.PN, "Orla^Quinn"),
                out -> str(out, IMAGE_COMMENTS, VR.LT, "seen by ORLA"));
        assertTrue(leakOf(verify(), "(0010,0010)"), verify().toText());
    }

    @Test
    void institutionInsideVeilsDummyValue_notALeak() throws Exception {
        deliver(in -> str(in, 0x00080080, VR.LO, "Anonym"),
                out -> str(out, 0x00080080, VR.LO, "ANONYMIZED"));
        assertTrue(verify().clean(), verify().toText());
    }

    @Test
    void wordOfAnotherPatientsPrivateValue_notALeak_anotherPatientsWholeNameIs() throws Exception {
        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877",
                in -> str(in, 0x00091001, VR.LO, "LOCALIZER"), out -> { }, Set.of());
        deliver("b.dcm", "1.2.826.0.1.3680043.2.1125.555.2.1", "PID112233",
                in -> str(in, PATIENT_NAME, VR.PN, "Roe^Richard"),
                out -> str(out, SERIES_DESCRIPTION, VR.LO, "FAST LOCALIZER"), Set.of());
        VerifyReport r = verify();
        assertTrue(r.clean(), r.toText());

        deliver("b.dcm", "1.2.826.0.1.3680043.2.1125.555.2.1", "PID112233",
                in -> str(in, PATIENT_NAME, VR.PN, "Roe^Richard"),
                out -> str(out, SERIES_DESCRIPTION, VR.LO, "FAST LOCALIZER JANE DOE"), Set.of());
        r = verify();
        assertTrue(r.findings().stream().anyMatch(f -> f.output().equals("b.dcm") && f.detail().contains("NAME value")
                && f.detail().contains("input a.dcm")), "a's whole name in b's output: " + r.toText());
    }

    @Test
    void standardTimeReadAsUn_notSearchedAsANumber() throws Exception {
        deliver(in -> in.put(DataElement.of(0x00080013, VR.UN, "150031".getBytes(StandardCharsets.US_ASCII))),
                out -> str(out, 0x00080013, VR.TM, "150031"));
        VerifyReport r = verify();
        assertTrue(r.clean(), r.toText());
    }

    @Test
    void removedTextKeptByACleanedAttribute_notALeak() throws Exception {
        Set<ProfileOption> clean = Set.of(ProfileOption.CLEAN_DESCRIPTORS);
        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877", in -> {
            str(in, ADDITIONAL_HISTORY, VR.LT, "microscopic hematuria");
            Sequence content = new Sequence(in);
            DatasetView.of(content.addItem()).putString(0x0040A160, VR.UT, "microscopic hematuria");
            in.put(DataElement.of(0x0040A730, VR.SQ, content));
        }, out -> str(out, ADDITIONAL_HISTORY, VR.LT, "microscopic hematuria"), clean);
        VerifyReport r = verify(VerifyConfig.builder().options(clean));
        assertTrue(r.clean(), r.toText());
    }

    @Test
    void singleNamePartAsALowerCaseWord_notALeak_capitalisedIs() throws Exception {
        Set<ProfileOption> clean = Set.of(ProfileOption.CLEAN_DESCRIPTORS);
        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877",
                in -> str(in, PATIENT_NAME, VR.PN, "Signed^16"),
                out -> str(out, IMAGE_COMMENTS, VR.LT, "16 bit signed data"), clean);
        assertTrue(verify(VerifyConfig.builder().options(clean)).clean());

        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877",
                in -> str(in, PATIENT_NAME, VR.PN, "Signed^16"),
                out -> str(out, IMAGE_COMMENTS, VR.LT, "seen by Dr Signed"), clean);
        assertTrue(leakOf(verify(VerifyConfig.builder().options(clean)), "(0010,0010)"));
    }

    /** A name of one component is a whole name, not a part: found in lower case too (the lying-VR leak test's name). */
    @Test
    void wholeNameOfOneLowerCaseComponent_isALeak() throws Exception {
        deliver("a.dcm", "1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877",
                in -> str(in, PATIENT_NAME, VR.PN, "yaroslav"),
                out -> str(out, IMAGE_COMMENTS, VR.LT, "scanned for yaroslav"), Set.of());
        assertTrue(leakOf(verify(), "(0010,0010)"));
    }

    @Test
    void scanPixels_shortValueByChanceInPixelData_notALeak_longValueIs() throws Exception {
        byte[] pixels = "..GEHC..GEHC....".getBytes(StandardCharsets.US_ASCII);
        Consumer<Dataset> image = d -> {
            DatasetView.of(d).putUnsignedShorts(0x00280010, 4);
            DatasetView.of(d).putUnsignedShorts(0x00280011, 4);
            d.put(DataElement.of(0x7FE00010, VR.OB, pixels.clone()));
        };
        deliver(image.andThen(in -> str(in, 0x00081010, VR.SH, "GEHC")), out -> { });
        VerifyConfig.Builder scan = VerifyConfig.builder().pixelScan(VerifyConfig.PixelScan.SCAN);
        VerifyReport r = verify(scan);
        assertTrue(r.clean(), r.toText());

        byte[] burned = "xx JANE DOE xxxx".getBytes(StandardCharsets.US_ASCII);
        deliver(image.andThen(in -> in.put(DataElement.of(0x7FE00010, VR.OB, burned.clone()))), out -> { });
        r = verify(scan);
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK
                && f.where().startsWith("(7FE0,0010)")), r.toText());
    }

    @Test
    void missingOriginalOrNonDicomInput_unverifiable() throws Exception {
        deliver(in -> { }, out -> { });
        UnverifiableException missing = assertThrows(UnverifiableException.class,
                () -> Verifier.verify(tmp.resolve("nowhere"), tmp.resolve("out"), VerifyConfig.defaults()));
        assertEquals(UnverifiableException.Cause.USAGE, missing.why());

        Path text = Files.createDirectories(tmp.resolve("text"));
        Files.writeString(text.resolve("a.dcm"), "not DICOM at all, just notes");
        UnverifiableException notDicom = assertThrows(UnverifiableException.class,
                () -> Verifier.verify(text, tmp.resolve("out"), VerifyConfig.defaults()));
        assertEquals(UnverifiableException.Cause.INPUT, notDicom.why());
        assertFalse(notDicom.getMessage().contains(tmp.toString()), "no paths in the message");

        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("unrelated.txt"), "x");
        UnverifiableException unpaired = assertThrows(UnverifiableException.class,
                () -> Verifier.verify(other, tmp.resolve("out"), VerifyConfig.defaults()));
        assertEquals(UnverifiableException.Cause.INPUT, unpaired.why());
    }
}
