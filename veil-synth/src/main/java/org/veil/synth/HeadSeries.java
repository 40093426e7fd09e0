package org.veil.synth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * A generated head as a single-frame CT or MR series on any grid (the defacing benchmark and tests): scalp, skull,
 * CSF and brain ellipsoids, a nose and, optionally, two outer ears on the sides, with the fake PHI of
 * {@link SyntheticImage}. Patient coordinates (LPS, mm) are centred on the head; the face points to -y.
 */
public final class HeadSeries {
    private static final int BODY_PART = 0x00180015;

    /**
     * A regular grid: voxel (x, y, z) at {@code origin + x*dx*row + y*dy*column + z*dz*(row x column)}.
     */
    public record Grid(double[] origin, double[] row, double[] column, double dx, double dy, double dz, int nx, int ny,
                       int nz) {
        /** An axial grid of nx x ny x nz voxels centred on the head. */
        public static Grid axial(int nx, int ny, int nz, double inPlane, double slice) {
            return new Grid(new double[] {-(nx - 1) * inPlane / 2, -(ny - 1) * inPlane / 2, -(nz - 1) * slice / 2},
                    new double[] {1, 0, 0}, new double[] {0, 1, 0}, inPlane, inPlane, slice, nx, ny, nz);
        }

        double[] normal() {
            return new double[] {row[1] * column[2] - row[2] * column[1], row[2] * column[0] - row[0] * column[2],
                    row[0] * column[1] - row[1] * column[0]};
        }

        double[] position(double x, double y, double z) {
            double[] n = normal();
            double[] p = new double[3];
            for (int i = 0; i < 3; i++) {
                p[i] = origin[i] + x * dx * row[i] + y * dy * column[i] + z * dz * n[i];
            }
            return p;
        }
    }

    /**
     * What to write.
     *
     * @param modality    CT (stored = HU + 1024, Rescale Intercept -1024) or MR
     * @param bodyPart    Body Part Examined, or null for none
     * @param description Series Description
     * @param ears        whether the head has outer ears
     * @param seed        distinguishes patients, studies and UIDs
     */
    public record Spec(String modality, String bodyPart, String description, boolean ears, long seed) {
    }

    private HeadSeries() {
    }

    /** Writes one file per slice, {@code S0001.dcm} on, into {@code folder}. */
    public static void write(Path folder, Grid g, Spec spec) throws IOException {
        Files.createDirectories(folder);
        boolean ct = spec.modality().equals("CT");
        ImageSpec image = new ImageSpec(spec.modality(), ct ? "1.2.840.10008.5.1.4.1.1.2"
                : "1.2.840.10008.5.1.4.1.1.4", g.ny(), g.nx(), 1);
        byte[] px = new byte[g.nx() * g.ny() * 2];
        for (int z = 0; z < g.nz(); z++) {
            Dataset ds = SyntheticImage.header(spec.seed(), image, (int) (spec.seed() % 1000), 1, 1, z);
            place(DatasetView.of(ds), g, z);
            DatasetView.of(ds).putString(0x00281052, VR.DS, ct ? "-1024" : "0");
            if (!ct) {
                DatasetView.of(ds).putString(0x00080008, VR.CS, "ORIGINAL\\PRIMARY\\OTHER");
            }
            if (spec.bodyPart() == null) {
                ds.remove(BODY_PART);
            } else {
                DatasetView.of(ds).putString(BODY_PART, VR.CS, spec.bodyPart());
            }
            DatasetView.of(ds).putString(0x0008103E, VR.LO, spec.description());
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double v = value(g.position(x, y, z), ct, spec.ears());
                    int s = (int) Math.max(0, Math.min(4095, Math.round(ct ? v + 1024 : v)));
                    int i = 2 * (x + g.nx() * y);
                    px[i] = (byte) s;
                    px[i + 1] = (byte) (s >> 8);
                }
            }
            ds.put(DataElement.of(0x7FE00010, VR.OW, px.clone()));
            Path f = folder.resolve(String.format(Locale.ROOT, "S%04d.dcm", z + 1));
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            }
        }
    }

    /**
     * Sets the geometry of slice z of a grid: Image Position and Orientation (Patient), Pixel Spacing, Slice
     * Thickness, Spacing Between Slices and Slice Location.
     */
    public static void place(DatasetView v, Grid g, int z) {
        double[] p = g.position(0, 0, z);
        v.putString(0x00200032, VR.DS, ds(p[0]) + "\\" + ds(p[1]) + "\\" + ds(p[2]));
        v.putString(0x00200037, VR.DS, ds(g.row()[0]) + "\\" + ds(g.row()[1]) + "\\" + ds(g.row()[2]) + "\\"
                + ds(g.column()[0]) + "\\" + ds(g.column()[1]) + "\\" + ds(g.column()[2]));
        v.putString(0x00280030, VR.DS, ds(g.dy()) + "\\" + ds(g.dx()));
        v.putString(0x00180050, VR.DS, ds(g.dz()));
        v.putString(0x00180088, VR.DS, ds(g.dz()));
        v.putString(0x00201041, VR.DS, ds(z * g.dz()));
    }

    /** The modality value (HU for CT, arbitrary units for MR) at an LPS position. */
    public static double value(double[] p, boolean ct, boolean ears) {
        double head = e(p, 0, 0, 10, 75, 95, 105);
        double nose = e(p, 0, -100, -15, 12, 14, 25);
        if (head > 1 && nose > 1 && !(ears && inEar(p))) {
            return ct ? -1000 : 0;
        }
        if (head > 0.86 || nose <= 1) {
            return ct ? 20 : 900;
        }
        double brain = e(p, 0, 8, 25, 63, 82, 75);
        if (brain > 1.1) {
            return ct ? 900 : 100;
        }
        if (brain > 1) {
            return ct ? 8 : 300;
        }
        return ct ? 35 : 1400;
    }

    /** True inside an outer ear (left or right): a flat ellipsoid on each side of the head at ear level. */
    public static boolean inEar(double[] p) {
        double[] mirrored = {Math.abs(p[0]), p[1], p[2]};
        return e(mirrored, 80, 15, 0, 12, 14, 22) <= 1;
    }

    /** True inside the brain (the innermost ellipsoid), which defacing must never touch. */
    public static boolean inBrain(double[] p) {
        return e(p, 0, 8, 25, 63, 82, 75) <= 1;
    }

    private static double e(double[] p, double cx, double cy, double cz, double rx, double ry, double rz) {
        double a = (p[0] - cx) / rx;
        double b = (p[1] - cy) / ry;
        double c = (p[2] - cz) / rz;
        return a * a + b * b + c * c;
    }

    private static String ds(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
