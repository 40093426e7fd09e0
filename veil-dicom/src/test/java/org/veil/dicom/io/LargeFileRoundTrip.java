package org.veil.dicom.io;

import java.nio.file.Path;
import java.util.List;
import org.veil.dicom.data.DatasetComparator;

/**
 * Child-process entry point for {@link LargeFileTest}: reads a file, writes it back, reads the copy and compares,
 * all under whatever heap limit the parent gave the JVM. Prints {@code OK} or the differences.
 */
public final class LargeFileRoundTrip {
    private LargeFileRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        DicomFile in = DicomReader.read(Path.of(args[0]));
        DicomWriter.write(in, Path.of(args[1]), WriteOptions.AS_READ);
        DicomFile out = DicomReader.read(Path.of(args[1]));
        List<String> diff = new DatasetComparator(DatasetComparator.VrCheck.STRICT, 5)
                .differences(in.dataset(), out.dataset());
        System.out.println(diff.isEmpty() ? "OK" : "DIFF " + diff);
        System.out.println("heap max " + Runtime.getRuntime().maxMemory());
    }
}
