package org.veil.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.data.Dataset;

/**
 * The demo set shipped in {@code demo/input/} and used by {@code veil demo}: a handful of synthetic CT and MR files of
 * two invented patients, with fake PHI everywhere a real archive has it (names, IDs, birth dates, addresses, free text
 * comments, a private tag, identifiers in nested sequences) and in the folder names, plus one CT flagged Burned In
 * Annotation YES (a built-in filter must quarantine it) and one text file that is not DICOM (skipped).
 *
 * <p>Everything is a pure function of {@link #SEED}; a test checks that the committed files equal what this class
 * writes. Regenerate with {@code mvn -pl veil-synth -am test -Dtest=DemoSetTest -Dveil.demo.update=true}.
 */
public final class DemoSet {
    /** Seed of the demo set. */
    public static final long SEED = 20261201L;

    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 256, 256, 1);
    private static final int CT_SLICES = 3;
    private static final int MR_SLICES = 2;

    private DemoSet() {
    }

    /**
     * Writes the demo set into {@code dir} (created if needed).
     *
     * @return the written files, relative to {@code dir}, in writing order
     */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        FakePerson ct = FakePerson.of(SEED, 0);
        String ctFolder = folder(ct);
        for (int i = 0; i < CT_SLICES; i++) {
            Dataset h = enrich(SyntheticImage.header(SEED, CT, 0, 0, 0, i), ct);
            written.add(image(dir, ctFolder + "/CT/IM" + (i + 1) + ".dcm", h, CT, i));
        }
        Dataset scout = enrich(SyntheticImage.header(SEED, CT, 0, 0, 1, 0), ct);
        new Attributes(scout).text("BurnedInAnnotation", "YES").text("ImageType", "ORIGINAL\\PRIMARY\\LOCALIZER");
        written.add(image(dir, ctFolder + "/SCOUT/IM1.dcm", scout, CT, 7));
        FakePerson mr = FakePerson.of(SEED, 1);
        String mrFolder = folder(mr);
        for (int i = 0; i < MR_SLICES; i++) {
            Dataset h = enrich(SyntheticImage.header(SEED, ImageSpec.SMALL_MR, 1, 0, 0, i), mr);
            new Attributes(h).text("ScanningSequence", "SE").text("SequenceVariant", "NONE").text("ScanOptions", "")
                    .text("MRAcquisitionType", "2D").text("RepetitionTime", "500").text("EchoTime", "20")
                    .text("EchoTrainLength", "1");
            written.add(image(dir, mrFolder + "/MR brain/" + mr.birthDate() + "_" + (i + 1) + ".dcm", h,
                    ImageSpec.SMALL_MR, 10 + i));
        }
        Path notes = Path.of(ctFolder, "referral notes.txt");
        Files.write(dir.resolve(notes), ("Referral for " + ct.givenName() + " " + ct.familyName() + ", " + ct.id()
                + ", born " + ct.birthDate() + ". Not DICOM: veil skips this file.\n")
                .getBytes(StandardCharsets.US_ASCII));
        written.add(notes);
        return written;
    }

    private static String folder(FakePerson p) {
        return p.familyName() + "_" + p.givenName() + "_" + p.id();
    }

    /** Identifiers nested two sequences deep, as in real Patient modules. */
    private static Dataset enrich(Dataset ds, FakePerson p) {
        new Attributes(ds).item("OtherPatientIDsSequence").text("PatientID", "ALT-" + p.id().substring(3))
                .text("IssuerOfPatientID", p.city() + " CLINIC").text("TypeOfPatientID", "TEXT")
                .item("IssuerOfPatientIDQualifiersSequence").text("UniversalEntityID", "2.25.1" + p.zip())
                .text("UniversalEntityIDType", "ISO");
        return ds;
    }

    private static Path image(Path dir, String relative, Dataset header, ImageSpec spec, long seed)
            throws IOException {
        Path rel = Path.of(relative);
        SyntheticWriter.write(dir.resolve(rel), header, spec, SEED + seed);
        return rel;
    }

    /** Writes the demo set into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DemoSet DIR");
            System.exit(2);
        }
        for (Path p : write(Path.of(args[0]))) {
            System.out.println(p);
        }
    }
}
