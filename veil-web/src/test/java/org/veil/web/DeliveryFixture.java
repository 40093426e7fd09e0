package org.veil.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.KeySource;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;
import org.veil.pixel.text.GrayImage;
import org.veil.synth.BurnedInWorkload;

/**
 * A cleaned delivery for the web tests: one synthetic ultrasound cine (3 frames, burned-in name and ID) run through
 * the pipeline with text detection and clean-descriptors (its description holds {@link #KEPT}, a made-up name the
 * cleaner keeps), with the delivery report, then a white "missed text" block planted at {@link #MISSED} in every frame of the
 * result, as if the detector had missed it.
 */
final class DeliveryFixture {
    static final Rect MISSED = new Rect(420, 300, 60, 18);
    /** A made-up name in the study description that the text cleaner keeps. */
    static final String KEPT = "zorblatt";

    final Path in;
    final Path out;
    final Path cine;

    private DeliveryFixture(Path in, Path out, Path cine) {
        this.in = in;
        this.out = out;
        this.cine = cine;
    }

    static DeliveryFixture build(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        BurnedInWorkload.cines(in, 1, 3, 21L);
        try (Stream<Path> s = Files.list(in)) {
            describe(s.findFirst().orElseThrow());
        }
        Path out = tmp.resolve("out");
        DeidRun run = DeidRun.builder(DeidRunOptions.builder().options(List.of("clean-pixel-data",
                "clean-descriptors")).pixelPolicy("detect").threads(1).build(),
                KeySource.supplied(ProjectKey.random(), "test")).build();
        run.report(run.toFolder(in, out), java.util.Optional.empty());
        Path cine;
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> !out.relativize(p).toString().startsWith("."))
                    .toList();
            if (files.size() != 1) {
                throw new IllegalStateException("expected one delivered file, found " + files.size());
            }
            cine = files.get(0);
        }
        plant(cine);
        return new DeliveryFixture(in, out, cine);
    }

    /** Gives the input a description with a made-up name the text cleaner keeps (lower case, no cue). */
    private static void describe(Path file) throws IOException {
        DicomFile df = DicomReader.read(file);
        org.veil.dicom.data.DatasetView.of(df.dataset()).putString(org.veil.dicom.dict.Tags.StudyDescription,
                org.veil.dicom.VR.LO, "knee " + KEPT + " follow-up");
        write(file, df, df.transferSyntax());
    }

    private static void write(Path file, DicomFile df, org.veil.dicom.TransferSyntax ts) throws IOException {
        Path tmp = file.resolveSibling("fixture.tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            DicomWriter.write(null, df.fileMeta(), df.dataset(), ts, ch, WriteOptions.DEFAULT);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void plant(Path file) throws IOException {
        DicomFile df = DicomReader.read(file);
        RedactionResult r = new PixelRedactor().edit(df.dataset(), df.transferSyntax(), (Frame f, int i) -> {
            for (int s = 0; s < f.samples(); s++) {
                for (int bar = 0; bar < 5; bar++) {
                    f.plane(s).fill(MISSED.x() + bar * 12, MISSED.y(), MISSED.x() + bar * 12 + 6,
                            MISSED.y() + MISSED.height(), 255);
                }
            }
            return true;
        }, RedactionOptions.DEFAULT);
        write(file, df, r.transferSyntax());
    }

    /** The brightest luminance inside the planted block of frame {@code index} of {@code file}. */
    static int brightestInMissed(Path file, int index) throws IOException {
        GrayImage g = new FrameRenderer().gray(file, index);
        int max = 0;
        for (int y = MISSED.y(); y < MISSED.y() + MISSED.height(); y++) {
            for (int x = MISSED.x(); x < MISSED.x() + MISSED.width(); x++) {
                max = Math.max(max, g.get(x, y));
            }
        }
        return max;
    }
}
