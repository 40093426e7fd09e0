package org.veil.volume.deface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.Ci;
import org.veil.testkit.SharedDirs;

/** The shared Colin27 head series and brain mask (../shared/deface), for tests. */
public final class HeadData {
    private HeadData() {
    }

    /** The deface folder; skips the test when absent (fails on CI). */
    public static Path root() {
        var dir = SharedDirs.deface();
        if (dir.isEmpty()) {
            if (Ci.active()) {
                throw new IllegalStateException("../shared/deface is missing (required on CI)");
            }
            Assumptions.abort("../shared/deface not present");
        }
        return dir.get();
    }

    /** Every DICOM file of a series folder, read with bulk data left in the files. */
    public static List<DicomFile> read(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<DicomFile> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".dcm")).sorted().toList()) {
                out.add(DicomReader.read(p, ReadLimits.DEFAULT));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The brain mask, (slices, rows, columns) flattened in C order. */
    public static BrainMask mask() {
        try {
            byte[] all = Files.readAllBytes(root().resolve("colin27.brain_mask.npy"));
            ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            int headerLength = b.getShort(8) & 0xFFFF;
            String header = new String(all, 10, headerLength, StandardCharsets.US_ASCII);
            String shape = header.substring(header.indexOf('(') + 1, header.indexOf(')'));
            String[] dims = shape.split(",");
            int slices = Integer.parseInt(dims[0].trim());
            int rows = Integer.parseInt(dims[1].trim());
            int columns = Integer.parseInt(dims[2].trim());
            byte[] data = new byte[slices * rows * columns];
            System.arraycopy(all, 10 + headerLength, data, 0, data.length);
            return new BrainMask(slices, rows, columns, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 0/1 mask; voxel (slice, row, column). */
    public record BrainMask(int slices, int rows, int columns, byte[] data) {
        public boolean at(int slice, int row, int column) {
            return data[column + columns * (row + rows * slice)] != 0;
        }

        public int count() {
            int n = 0;
            for (byte v : data) {
                n += v;
            }
            return n;
        }
    }
}
