package org.veil.volume;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.veil.synth.HeadSeries;
import org.veil.volume.deface.DefaceResult;
import org.veil.volume.deface.Defacer;
import org.veil.volume.deface.FacePlane;

/**
 * Seconds per volume for the series-level defacing step on generated heads: 256 x 256 x 170 MR and 512 x 512 x 300 CT
 * (find the cut: working grid, head, brain, plane, QC renders; then test every voxel against it as the per-instance
 * step does, without changing the volume), and the peak heap. Run: {@code java -cp <test classpath> org.veil.volume.DefaceBench} (docs/BENCHMARKS.md).
 */
public final class DefaceBench {
    private DefaceBench() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        run("MR 256x256x170", head("MR", 256, 256, 170, 1.0, 1.2), repeats);
        run("CT 512x512x300", head("CT", 512, 512, 300, 0.5, 0.7), repeats);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used (sum of pool peaks): %d MB%n", peak >> 20);
    }

    private static void run(String name, Volume v, int repeats) throws Exception {
        Defacer defacer = new Defacer(Defacer.Renders.MAKE);
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            DefaceResult result = defacer.find(v);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long cut = apply(v, result.plane());
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%s: find %.2f s (cpu %.2f s), apply %.2f s (cpu %.2f s), total %.2f s "
                    + "(%.0f ml removed, %d voxels)%n", name, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
                    (c2 - c1) / 1e9, (t2 - t0) / 1e9, result.removedMl(), cut);
        }
    }

    private static long apply(Volume v, FacePlane plane) {
        VolumeGeometry g = v.geometry();
        long n = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double[] p = g.position(x, y, z);
                    if (plane.removes(p[0], p[1], p[2])) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** An axial head ({@link HeadSeries#value}: skin, skull, CSF and brain ellipsoids, a nose), centred. */
    static Volume head(String modality, int nx, int ny, int nz, double inPlane, double slice) {
        boolean ct = modality.equals("CT");
        VolumeGeometry g = new VolumeGeometry(new double[] {-(nx - 1) * inPlane / 2, -(ny - 1) * inPlane / 2,
                -(nz - 1) * slice / 2}, new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1},
                inPlane, inPlane, slice, nx, ny, nz);
        short[] data = new short[(int) g.voxels()];
        double[] slope = new double[nz];
        double[] intercept = new double[nz];
        for (int z = 0; z < nz; z++) {
            slope[z] = 1;
            intercept[z] = ct ? -1024 : 0;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double[] p = g.position(x, y, z);
                    double value = HeadSeries.value(p, ct, false);
                    data[x + nx * (y + ny * z)] = (short) Math.round(value - intercept[z]);
                }
            }
        }
        return new Volume(g, data, false, slope, intercept, modality);
    }
}
