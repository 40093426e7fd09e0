package org.veil.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;

/**
 * The reproducible benchmark workloads: a CT folder (512×512×16 bit slices over several patients), many small files,
 * one large multiframe file, and files of millions of small private elements. Same seed, same bytes.
 */
public final class Workloads {
    /** Seed used by the bench command, so every machine measures the same bytes. */
    public static final long SEED = 20261125L;

    private Workloads() {
    }

    /** {@code files} CT slices over {@code patients} patients: one study each, series of up to 100 slices. */
    public static void ct(Path dir, int files, int patients, long seed) throws IOException {
        images(dir, ImageSpec.CT_512, files, patients, seed);
    }

    /** {@code files} small MR files of about 10 KB. */
    public static void small(Path dir, int files, int patients, long seed) throws IOException {
        images(dir, ImageSpec.SMALL_MR, files, patients, seed);
    }

    /**
     * {@code files} CT slices as {@link #ct} whose headers are dense (ten private groups, 150 private elements, other
     * patient IDs, nested request attributes, referenced studies): about 0.53 MB each.
     */
    public static void ctDense(Path dir, int files, int patients, long seed) throws IOException {
        images(dir, ImageSpec.CT_512, files, patients, seed, true);
    }

    /** {@code files} small MR files with the dense header of {@link #ctDense}: about 15 KB each. */
    public static void smallDense(Path dir, int files, int patients, long seed) throws IOException {
        images(dir, ImageSpec.SMALL_MR, files, patients, seed, true);
    }

    private static void images(Path dir, ImageSpec spec, int files, int patients, long seed) throws IOException {
        images(dir, spec, files, patients, seed, false);
    }

    private static void images(Path dir, ImageSpec spec, int files, int patients, long seed, boolean dense)
            throws IOException {
        int perPatient = (files + patients - 1) / patients;
        int written = 0;
        for (int p = 0; p < patients && written < files; p++) {
            for (int i = 0; i < perPatient && written < files; i++, written++) {
                int series = i / 100;
                Path file = dir.resolve(String.format("p%03d/s%02d/IMG%05d.dcm", p, series, i % 100));
                Dataset header = SyntheticImage.header(seed, spec, p, 0, series, i);
                if (dense) {
                    DenseHeader.addTo(header, seed, p, i);
                }
                SyntheticWriter.write(file, header, spec, seed + i);
            }
        }
    }

    /** One multiframe file of 1024×1024×16 bit frames totalling at least {@code bytes}. */
    public static Path multiframe(Path dir, long bytes, long seed) throws IOException {
        int frames = (int) Math.max(1, (bytes + (2L << 20) - 1) / (2L << 20));
        ImageSpec spec = new ImageSpec("XA", "1.2.840.10008.5.1.4.1.1.12.1", 1024, 1024, frames);
        Path file = dir.resolve("multiframe.dcm");
        SyntheticWriter.write(file, SyntheticImage.header(seed, spec, 0, 0, 0, 0), spec, seed);
        return file;
    }

    /**
     * One small MR file that also holds {@code count} private elements of two bytes each (US), in as many blocks of
     * 256 elements as needed, each with its private creator: what a hostile file of millions of elements looks like
     * (the Basic Profile removes them all).
     */
    public static Path privateElements(Path dir, int count, long seed) throws IOException {
        Dataset header = SyntheticImage.header(seed, ImageSpec.SMALL_MR, 0, 0, 0, 0);
        byte[] creator = "VEIL BENCH BLOCK".getBytes(StandardCharsets.US_ASCII);
        int written = 0;
        for (int group = 0x0009; written < count; group += 2) {
            for (int block = 0x10; block <= 0xFF && written < count; block++) {
                header.put(DataElement.of(group << 16 | block, VR.LO, creator));
                for (int e = 0; e < 256 && written < count; e++, written++) {
                    header.put(DataElement.of(group << 16 | block << 8 | e, VR.US,
                            new byte[] {(byte) written, (byte) (written >>> 8)}));
                }
            }
        }
        Path file = dir.resolve("private-" + count + ".dcm");
        SyntheticWriter.write(file, header, ImageSpec.SMALL_MR, seed);
        return file;
    }
}
