package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetComparator;

/** Write/read identity for random data sets across all VRs and transfer syntaxes (bulk threshold lowered). */
class WriteReadProperties {
    private static final ReadLimits SMALL_BULK = ReadLimits.builder().bulkDataThreshold(64).build();
    private static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.JPEG_BASELINE);

    @Property(tries = 150)
    void writeRead_randomDataset_equalInEverySyntax(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int ts,
                                                    @ForAll WriteOptions.SequenceEncoding sequences)
            throws IOException {
        RandomDatasets random = new RandomDatasets(seed);
        Dataset ds = random.dataset(3);
        TransferSyntax syntax = SYNTAXES.get(ts);
        if (syntax.encapsulated()) {
            random.encapsulatedPixelData(ds);
        }
        WriteOptions options = WriteOptions.builder().transferSyntax(syntax).sequences(sequences).build();
        Path file = Files.createTempFile("veil-prop", ".dcm");
        try {
            byte[] first = write(ds, syntax, options, file);
            DicomFile back = DicomReader.read(file, SMALL_BULK);
            DatasetComparator cmp = new DatasetComparator(syntax.explicitVr() ? DatasetComparator.VrCheck.STRICT
                    : DatasetComparator.VrCheck.IMPLICIT_EQUIVALENT, 5);
            assertEquals(List.of(), cmp.differences(ds, back.dataset()), "seed " + seed);
            assertEquals(syntax, back.transferSyntax());
            Path again = Files.createTempFile("veil-prop", ".dcm");
            try {
                byte[] second = write(back.dataset(), syntax, options, again);
                assertArrayEquals(first, second, "seed " + seed);
            } finally {
                Files.delete(again);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] write(Dataset ds, TransferSyntax ts, WriteOptions options, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DicomWriter.write(null, null, ds, ts, Channels.newChannel(bytes), options);
        Files.write(file, bytes.toByteArray());
        return bytes.toByteArray();
    }
}
