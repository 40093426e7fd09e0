package org.veil.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.synth.HeadSeries;
import org.veil.volume.VolumeGeometry;

/**
 * Writes a generated single-frame series on any grid (sagittal, coronal, oblique acquisitions) from a value function
 * of the patient position, with the header of a template instance (its PHI included, as a real series would have).
 */
final class HeadPhantom {
    private HeadPhantom() {
    }

    /**
     * @param values stored value (16-bit unsigned, MONOCHROME2) at an LPS position
     * @param seed   distinguishes the UIDs of different phantoms
     */
    static void write(Path folder, Dataset template, VolumeGeometry g, ToDoubleFunction<double[]> values, int seed,
                      String bodyPart) throws IOException {
        Files.createDirectories(folder);
        String series = uid(seed, 0);
        HeadSeries.Grid grid = new HeadSeries.Grid(g.origin(), g.row(), g.column(), g.dx(), g.dy(), g.dz(), g.nx(),
                g.ny(), g.nz());
        for (int z = 0; z < g.nz(); z++) {
            Dataset ds = DatasetCopy.deep(template, null);
            DatasetView v = DatasetView.of(ds);
            v.putString(0x0020000E, VR.UI, series);
            v.putString(0x00080018, VR.UI, uid(seed, z + 1));
            v.putString(0x00200013, VR.IS, Integer.toString(z + 1));
            HeadSeries.place(v, grid, z);
            ds.remove(0x00201041);
            if (bodyPart == null) {
                ds.remove(0x00180015);
            } else {
                v.putString(0x00180015, VR.CS, bodyPart);
            }
            v.putUnsignedShorts(0x00280010, g.ny());
            v.putUnsignedShorts(0x00280011, g.nx());
            byte[] px = new byte[g.nx() * g.ny() * 2];
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    int s = (int) Math.max(0, Math.min(65535, Math.round(values.applyAsDouble(g.position(x, y, z)))));
                    int i = 2 * (x + g.nx() * y);
                    px[i] = (byte) s;
                    px[i + 1] = (byte) (s >> 8);
                }
            }
            ds.put(DataElement.of(0x7FE00010, VR.OW, px));
            Path f = folder.resolve(String.format(Locale.ROOT, "P%04d.dcm", z + 1));
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            }
        }
    }

    private static String uid(int seed, int n) {
        return "2.25." + BigInteger.valueOf(7_345_001L * 1000 + seed).multiply(BigInteger.valueOf(100_000))
                .add(BigInteger.valueOf(n));
    }
}
