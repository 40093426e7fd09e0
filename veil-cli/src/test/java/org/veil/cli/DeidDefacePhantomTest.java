package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.testkit.DefaceData;
import org.veil.volume.Volume;
import org.veil.volume.VolumeGeometry;
import org.veil.volume.VolumeLoader;

/**
 * Defacing of acquisitions the shared data does not cover: the Colin27 MR head resampled (trilinear) onto sagittal,
 * coronal and oblique grids with other spacings, written as single-frame series; and a generated abdomen CT without
 * Body Part Examined, which must come out with every pixel unchanged.
 */
class DeidDefacePhantomTest {
    @TempDir
    Path dir;

    /** Acquisition grids around the Colin27 head (centre (0, 17, 19) LPS). */
    enum Acquisition {
        SAGITTAL(new double[] {0, 1, 0}, new double[] {0, 0, -1}, 1.0, 1.0, 1.2, 226, 192, 152),
        CORONAL(new double[] {1, 0, 0}, new double[] {0, 0, -1}, 0.9, 0.9, 1.5, 202, 212, 146),
        OBLIQUE(rotate(new double[] {1, 0, 0}), rotate(new double[] {0, 1, 0}), 1.1, 1.1, 1.1, 180, 212, 180);

        final double[] row;
        final double[] column;
        final double dx;
        final double dy;
        final double dz;
        final int nx;
        final int ny;
        final int nz;

        Acquisition(double[] row, double[] column, double dx, double dy, double dz, int nx, int ny, int nz) {
            this.row = row;
            this.column = column;
            this.dx = dx;
            this.dy = dy;
            this.dz = dz;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
        }

        VolumeGeometry geometry() {
            double[] n = {row[1] * column[2] - row[2] * column[1], row[2] * column[0] - row[0] * column[2],
                    row[0] * column[1] - row[1] * column[0]};
            double[] c = {0, 17, 19};
            double[] o = new double[3];
            for (int i = 0; i < 3; i++) {
                o[i] = c[i] - (nx - 1) / 2.0 * dx * row[i] - (ny - 1) / 2.0 * dy * column[i]
                        - (nz - 1) / 2.0 * dz * n[i];
            }
            return new VolumeGeometry(o, row, column, n, dx, dy, dz, nx, ny, nz);
        }

        /** 20 degrees about the left-right axis, then 12 about the vertical one. */
        private static double[] rotate(double[] v) {
            double a = Math.toRadians(20);
            double b = Math.toRadians(12);
            double[] x = {v[0], v[1] * Math.cos(a) - v[2] * Math.sin(a), v[1] * Math.sin(a) + v[2] * Math.cos(a)};
            return new double[] {x[0] * Math.cos(b) - x[1] * Math.sin(b), x[0] * Math.sin(b) + x[1] * Math.cos(b),
                    x[2]};
        }
    }

    @ParameterizedTest
    @EnumSource(Acquisition.class)
    void deid_resampledHead_faceGoneBrainKept(Acquisition acquisition) throws Exception {
        List<DicomFile> colin = DefaceChecks.read(DefaceData.root().resolve("colin27-mr"));
        Volume head = new VolumeLoader(new PixelRedactor(), 50_000_000L).load(colin);
        VolumeGeometry g = acquisition.geometry();
        Path in = dir.resolve("in");
        HeadPhantom.write(in, colin.get(0).dataset(), g, p -> {
            double[] i = head.geometry().index(p);
            return head.sample(i[0], i[1], i[2], 0);
        }, acquisition.ordinal() + 1, "HEAD");
        Path out = DeidDefaceTest.runIn(dir, in);
        List<DicomFile> inputs = DefaceChecks.read(in);
        List<DicomFile> outputs = DefaceChecks.read(out);
        DefaceChecks.headersAndGeometry(inputs, outputs);
        DefaceData.Mask mask = DefaceData.brainMask();
        double kept = DefaceChecks.brainKept(inputs, outputs, (z, y, x) -> {
            double[] i = head.geometry().index(g.position(x, y, z));
            int c = (int) Math.round(i[0]);
            int r = (int) Math.round(i[1]);
            int k = (int) Math.round(i[2]);
            return c >= 0 && r >= 0 && k >= 0 && c < mask.columns() && r < mask.rows() && k < mask.slices()
                    && mask.at(k, r, c);
        });
        System.out.println("brain voxels unchanged: " + kept);
        assertTrue(kept >= 0.995, "brain voxels unchanged: " + kept);
        int[] faces = DefaceChecks.faces(in, out, dir.resolve("check"));
        assertTrue(faces[0] > 0, "no face found in the input renders: the check cannot fail");
        assertEquals(0, faces[1], "views that still show a face after defacing; "
                + Files.readString(Path.of(out + ".veil/deface/deface.jsonl")));
    }

    @Test
    void deid_abdomenCtWithoutBodyPart_pixelsUntouched() throws Exception {
        List<DicomFile> ct = DefaceChecks.read(DefaceData.root().resolve("colin27-ctlike"));
        Dataset template = ct.get(0).dataset();
        VolumeGeometry g = new VolumeGeometry(new double[] {-179, -179, -120}, new double[] {1, 0, 0},
                new double[] {0, 1, 0}, new double[] {0, 0, 1}, 1.4, 1.4, 4, 256, 256, 60);
        Path in = dir.resolve("in");
        HeadPhantom.write(in, template, g, p -> 1024 + abdomen(p), 9, null);
        Path out = DeidDefaceTest.runIn(dir, in);
        List<DicomFile> inputs = DefaceChecks.read(in);
        List<DicomFile> outputs = DefaceChecks.read(out);
        assertEquals(inputs.size(), outputs.size());
        VolumeLoader loader = new VolumeLoader(new PixelRedactor(), 10_000_000L);
        Volume a = loader.load(inputs);
        Volume b = loader.load(outputs);
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    assertEquals(a.stored(x, y, z), b.stored(x, y, z), "voxel " + x + "," + y + "," + z);
                }
            }
        }
        for (DicomFile f : outputs) {
            assertFalse(f.dataset().contains(0x00280302) && "NO".equals(org.veil.dicom.data.DatasetView
                    .of(f.dataset()).string(0x00280302)), "an untouched series is not marked as defaced");
        }
        assertTrue(Files.readString(Path.of(out + ".veil/deface/deface.jsonl")).isEmpty());
    }

    /** HU of a body section: fat layer, muscle, a liver and a spine. */
    private static double abdomen(double[] p) {
        double e = (p[0] / 160) * (p[0] / 160) + (p[1] / 115) * (p[1] / 115);
        if (e > 1) {
            return -1000;
        }
        if (e > 0.8) {
            return -100;
        }
        if (Math.hypot(p[0], p[1] - 70) < 18) {
            return 700;
        }
        return (p[0] < -20 && p[1] < 30) ? 60 : 40;
    }
}
