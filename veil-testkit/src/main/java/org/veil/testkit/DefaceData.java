package org.veil.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The defacing test data ({@code ../shared/deface}: the Colin27 head as DICOM series and its brain mask). Skips the
 * calling test when absent, fails it on CI.
 */
public final class DefaceData {
    private DefaceData() {
    }

    /** The deface folder. */
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

    /** The brain mask {@code colin27.brain_mask.npy}. */
    public static Mask brainMask() {
        return Mask.read(root().resolve("colin27.brain_mask.npy"));
    }

    /**
     * A 0/1 uint8 mask of shape (slices, rows, columns) in C order, read from a NumPy {@code .npy} file (version 1).
     */
    public record Mask(int slices, int rows, int columns, byte[] data) {
        public static Mask read(Path npy) {
            try {
                byte[] all = Files.readAllBytes(npy);
                int headerLength = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
                String header = new String(all, 10, headerLength, StandardCharsets.US_ASCII);
                if (!header.contains("'|u1'") || header.contains("'fortran_order': True")) {
                    throw new IllegalArgumentException("not a C-order uint8 .npy: " + header.trim());
                }
                String[] dims = header.substring(header.indexOf('(') + 1, header.indexOf(')')).split(",");
                int s = Integer.parseInt(dims[0].trim());
                int r = Integer.parseInt(dims[1].trim());
                int c = Integer.parseInt(dims[2].trim());
                byte[] data = new byte[s * r * c];
                System.arraycopy(all, 10 + headerLength, data, 0, data.length);
                return new Mask(s, r, c, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

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
