package org.veil.volume.deface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.DefaceData;

/** The shared Colin27 head series and brain mask (../shared/deface), for tests. */
public final class HeadData {
    private HeadData() {
    }

    /** The deface folder; skips the test when absent (fails on CI). */
    public static Path root() {
        return DefaceData.root();
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

    /** The brain mask, (slices, rows, columns). */
    public static DefaceData.Mask mask() {
        return DefaceData.brainMask();
    }
}
