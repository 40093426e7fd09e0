package org.veil.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Seeds of the fuzz targets, from the shared corpus (../shared/corpus): its smaller files whole, Patient Name of an MR
 * file rewritten under each binary VR (issue 14), the first fragment of its encapsulated images, and the recipes of
 * docs/recipes. Jazzer runs each seed as a regression input and starts fuzzing from them.
 */
final class Seeds {
    /** Corpus files up to this size are seeds (larger ones slow every execution down). */
    private static final long MAX_SEED = 48 * 1024;
    private static final String LYING_VR_SOURCE = "heudiconv/phantom.dcm";
    private static final int PATIENT_NAME = 0x00100010;
    private static final int PIXEL_DATA = 0x7FE00010;

    private Seeds() {
    }

    /** The corpus files of at most 48 KiB, every transfer syntax among them. */
    static Stream<byte[]> dicom() {
        return Corpus.files(f -> f.size() <= MAX_SEED).stream().map(f -> bytes(f.path()));
    }

    /** {@link #dicom()} and an MR file whose Patient Name is written under SL, SS, UL, US, FL, FD, AT and OB. */
    static Stream<byte[]> dicomAndLyingVrs() {
        return Stream.concat(dicom(), lyingVrs().stream());
    }

    static List<byte[]> lyingVrs() {
        List<byte[]> out = new ArrayList<>();
        try {
            DicomFile f = DicomReader.read(Corpus.file(LYING_VR_SOURCE).path());
            byte[] name = f.dataset().get(PATIENT_NAME).bytes();
            Path tmp = Files.createTempFile("veil-fuzz-seed", ".dcm");
            try {
                for (VR vr : new VR[] {VR.SL, VR.SS, VR.UL, VR.US, VR.FL, VR.FD, VR.AT, VR.OB}) {
                    f.dataset().put(DataElement.of(PATIENT_NAME, vr, name));
                    DicomWriter.write(f, tmp, WriteOptions.AS_READ);
                    out.add(Files.readAllBytes(tmp));
                }
            } finally {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Inputs of the pixel decoder target ({@link PixelDecoderFuzzTest}): the first fragment of each encapsulated corpus
     * image of at most 256 KiB behind a header naming its codec, size and sample layout.
     */
    static Stream<byte[]> frames() {
        List<byte[]> out = new ArrayList<>();
        for (CorpusFile f : Corpus.files(f -> f.size() <= 256 * 1024 && f.transferSyntaxUid() != null)) {
            int codec = PixelDecoderFuzzTest.SYNTAXES.indexOf(TransferSyntax.of(f.transferSyntaxUid()));
            if (codec >= 0) {
                byte[] seed = frameSeed(f.path(), codec);
                if (seed != null) {
                    out.add(seed);
                }
            }
        }
        return out.stream();
    }

    private static byte[] frameSeed(Path file, int codec) {
        try {
            DicomFile f = DicomReader.read(file);
            DataElement pixels = f.dataset().get(PIXEL_DATA);
            Fragments frags = pixels == null ? null : pixels.fragments();
            if (frags == null || frags.size() < 2) {
                return null;
            }
            byte[] frame = frags.get(1) instanceof byte[] b ? b : bulk((BulkData) frags.get(1));
            DatasetView v = DatasetView.of(f.dataset());
            int rows = (int) Math.max(1, v.number(0x00280010, 1)) - 1;
            int columns = (int) Math.max(1, v.number(0x00280011, 1)) - 1;
            int flags = (v.number(0x00280002, 1) == 3 ? 1 : 0) | (v.number(0x00280100, 8) > 8 ? 2 : 0)
                    | (v.number(0x00280103, 0) == 1 ? 4 : 0);
            byte[] seed = new byte[PixelDecoderFuzzTest.HEADER + frame.length];
            seed[0] = (byte) codec;
            seed[1] = (byte) (rows >>> 8);
            seed[2] = (byte) rows;
            seed[3] = (byte) (columns >>> 8);
            seed[4] = (byte) columns;
            seed[5] = (byte) flags;
            System.arraycopy(frame, 0, seed, PixelDecoderFuzzTest.HEADER, frame.length);
            return seed;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] bulk(BulkData region) throws IOException {
        try (FileChannel ch = FileChannel.open(region.file())) {
            ByteBuffer b = ByteBuffer.allocate((int) region.length());
            ch.read(b, region.offset());
            return b.array();
        }
    }

    /** The recipes of docs/recipes, and a minimal one. */
    static Stream<String> recipes() {
        List<String> out = new ArrayList<>(List.of("veil-recipe: 1\n"));
        Path dir = Path.of("..", "docs", "recipes");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted()
                        .forEach(p -> out.add(new String(bytes(p), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
