package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.PixelStage;
import org.veil.profile.ProfileOption;
import org.veil.testkit.Corpus;

/**
 * The decisions a one-thread run takes in listing order (which of two inputs with one SOP Instance UID keeps the
 * output name; which patient a study with two Patient IDs is de-identified under) were taken by whichever worker got
 * there first, so {@code --threads 4} gave other outputs than {@code --threads 1} when the earlier-listed input was
 * slower. Each test holds up the earlier-listed input, runs with 4 threads, and expects the one-thread run's outputs,
 * quarantine, mapping, change report and counts.
 */
class ListingOrderTest {
    private static final long HOLD_MILLIS = 1000;
    private static final int THREADS = 4;

    @TempDir
    Path tmp;
    private DeidConfig config;

    @BeforeEach
    void key() {
        config = DeidConfig.builder().key(ProjectKey.random()).build();
    }

    /** The corpus's two copies of one ultrasound instance (JPEG 2000 and big endian), each listed first once. */
    @Test
    void sameInstanceTwice_earlierHeldBeforeItsTurn_theEarlierKeepsTheName() throws Exception {
        for (boolean swap : new boolean[] {false, true}) {
            Path in = corpusPair(tmp.resolve("in" + swap), swap);
            String first = listedFirst(in);
            RunSummary one = run(in, tmp.resolve("one" + swap), 1, PixelStage.NONE, InputHold.NONE);
            RunSummary four = run(in, tmp.resolve("four" + swap), THREADS, PixelStage.NONE, hold(first));
            assertEquals(1, four.counts().quarantined());
            assertSameRun("one" + swap, one, "four" + swap, four);
            assertTrue(quarantinedInput("four" + swap).endsWith(first.equals("a.dcm") ? "b.dcm" : "a.dcm"),
                    "the later-listed input is the duplicate");
        }
    }

    /** As above, the earlier input held in its pixel work: after its turn, before it claims the name. */
    @Test
    void sameInstanceTwice_earlierHeldInItsPixelWork_theEarlierKeepsTheName() throws Exception {
        Path in = corpusPair(tmp.resolve("in"), false);
        String first = listedFirst(in);
        String firstSyntax = first.equals("a.dcm") ? "1.2.840.10008.1.2.4.91" : "1.2.840.10008.1.2.2";
        RunSummary one = run(in, tmp.resolve("one"), 1, PixelStage.NONE, InputHold.NONE);
        RunSummary four = run(in, tmp.resolve("four"), THREADS, slowPixels(firstSyntax), InputHold.NONE);
        assertSameRun("one", one, "four", four);
    }

    /** Under keep-all the later copy is written under a new UID whatever the timing: the same one as with 1 thread. */
    @Test
    void sameInstanceTwice_keepAll_theLaterOneIsTheCopy() throws Exception {
        Path in = corpusPair(tmp.resolve("in"), false);
        String first = listedFirst(in);
        RunSummary one = run(in, tmp.resolve("one"), 1, PixelStage.NONE, InputHold.NONE, DuplicatePolicy.KEEP_ALL);
        RunSummary four = run(in, tmp.resolve("four"), THREADS, PixelStage.NONE, hold(first),
                DuplicatePolicy.KEEP_ALL);
        assertEquals(2, four.counts().written());
        assertSameRun("one", one, "four", four);
    }

    /** Dirty input: one study under two Patient IDs; the earlier-listed input's patient decides the study. */
    @Test
    void oneStudyTwoPatients_earlierHeld_theEarlierPatientDecides() throws Exception {
        Path in = tmp.resolve("in");
        write(ct("PAT-A", "1.2.826.0.1.9.1"), in.resolve("a.dcm"));
        write(ct("PAT-B", "1.2.826.0.1.9.2"), in.resolve("b.dcm"));
        write(ct("PAT-C", "1.2.826.0.1.9.3"), in.resolve("c.dcm"));
        String first = listedFirst(in);
        RunSummary one = run(in, tmp.resolve("one"), 1, PixelStage.NONE, InputHold.NONE);
        RunSummary four = run(in, tmp.resolve("four"), THREADS, PixelStage.NONE, hold(first));
        assertEquals(2, four.counts().reassigned(), "two instances moved to the first patient");
        assertSameRun("one", one, "four", four);
    }

    private RunSummary run(Path in, Path out, int threads, PixelStage pixels, InputHold hold) throws Exception {
        return run(in, out, threads, pixels, hold, DuplicatePolicy.QUARANTINE);
    }

    private RunSummary run(Path in, Path out, int threads, PixelStage pixels, InputHold hold,
                           DuplicatePolicy duplicates) throws Exception {
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(config)).pixels(pixels)
                .duplicates(duplicates).build();
        return new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(threads).build(),
                hold).run(in, out);
    }

    private static InputHold hold(String relative) {
        return r -> {
            if (r.equals(relative)) {
                sleep();
            }
        };
    }

    /** A pixel step that changes nothing and takes long for the instance in {@code syntax}. */
    private static PixelStage slowPixels(String syntax) {
        return new PixelStage() {
            @Override
            public Set<ProfileOption> supported() {
                return Set.of();
            }

            @Override
            public TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options) {
                if (ts.uid().equals(syntax)) {
                    sleep();
                }
                return ts;
            }
        };
    }

    private static void sleep() {
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** a.dcm the JPEG 2000 copy and b.dcm the big endian one, or the other way round. */
    private static Path corpusPair(Path in, boolean swap) throws IOException {
        Files.createDirectories(in);
        Path j2k = Corpus.root().resolve("pydicom-data/US1_J2KI.dcm");
        Path big = Corpus.root().resolve("pydicom-data/US1_UNCI.dcm");
        Files.copy(swap ? big : j2k, in.resolve("a.dcm"));
        Files.copy(swap ? j2k : big, in.resolve("b.dcm"));
        return in;
    }

    /** The file the walk lists first (a folder lists in directory order, not by name). */
    private static String listedFirst(Path in) throws IOException {
        try (Stream<Path> s = Files.list(in)) {
            return s.findFirst().orElseThrow().getFileName().toString();
        }
    }

    private static Dataset ct(String patientId, String sop) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(Tags.SOPInstanceUID, VR.UI, sop);
        v.putString(Tags.PatientID, VR.LO, patientId);
        v.putString(Tags.StudyInstanceUID, VR.UI, "1.2.826.0.1.9");
        v.putString(Tags.SeriesInstanceUID, VR.UI, "1.2.826.0.1.9.0");
        return ds;
    }

    private static void write(Dataset ds, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
    }

    private void assertSameRun(String one, RunSummary oneSummary, String four, RunSummary fourSummary)
            throws IOException {
        assertEquals(oneSummary.counts(), fourSummary.counts(), "counts");
        assertEquals(tree(tmp.resolve(one)), tree(tmp.resolve(four)), "outputs");
        assertEquals(tree(tmp.resolve(one + ".quarantine")), tree(tmp.resolve(four + ".quarantine")),
                "quarantine and reasons");
        for (String record : List.of("mapping.tsv", "changes.jsonl")) {
            assertEquals(sortedLines(tmp.resolve(one + ".veil/" + record)),
                    sortedLines(tmp.resolve(four + ".veil/" + record)), record);
        }
    }

    /** Relative path to SHA-256 of every file under {@code root}; empty when there is no such folder. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), sha256(p)));
        }
        return files;
    }

    private static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sortedLines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().sorted().toList();
    }

    private String quarantinedInput(String run) throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve(run + ".quarantine"))) {
            Path reason = s.filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            return Files.readAllLines(reason, StandardCharsets.UTF_8).get(0);
        }
    }
}
