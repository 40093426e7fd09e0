package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.Tag;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetComparator;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * read → write → read gives an equal data set for every readable corpus file; writing is idempotent; files whose
 * encoding is canonical come back byte for byte; native files survive every other uncompressed transfer syntax.
 */
class RoundTripCorpusTest {
    private static final DatasetComparator STRICT_VR = new DatasetComparator(DatasetComparator.VrCheck.STRICT, 10);
    private static final DatasetComparator UN_ANY =
            new DatasetComparator(DatasetComparator.VrCheck.IMPLICIT_EQUIVALENT, 10);
    private static final List<TransferSyntax> NATIVE = List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
    private static final AtomicInteger CANONICAL = new AtomicInteger();
    private static final AtomicInteger IDENTICAL = new AtomicInteger();

    @TempDir
    static Path dir;

    static Stream<CorpusFile> readable() {
        return Corpus.files(f -> !f.malformed()
                && !DicomReaderCorpusTest.BEYOND_DEFAULT_LIMITS.contains(f.name())).stream();
    }

    @TestFactory
    Stream<DynamicTest> write_unchangedFile_readsBackEqualAndIdempotent() {
        return readable().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            DicomFile a = DicomReader.read(f.path());
            Path out1 = dir.resolve("rt1.dcm");
            DicomWriter.write(a, out1, WriteOptions.AS_READ);
            DicomFile b = DicomReader.read(out1);
            assertEquals(List.of(), STRICT_VR.differences(a.dataset(), b.dataset()));
            assertTrue(b.warnings().messages().size() <= a.warnings().messages().size(),
                    "Veil's output needs no more leniency than its input: " + b.warnings().messages());
            Path out2 = dir.resolve("rt2.dcm");
            DicomWriter.write(b, out2, WriteOptions.AS_READ);
            assertArrayEquals(Files.readAllBytes(out1), Files.readAllBytes(out2), "writing is not idempotent");
            if (canonical(f, a)) {
                CANONICAL.incrementAndGet();
                assertArrayEquals(Files.readAllBytes(f.path()), Files.readAllBytes(out1), "canonical input changed");
                IDENTICAL.incrementAndGet();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> write_nativeFileInEveryNativeSyntax_readsBackEqual() {
        return readable().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            DicomFile a = DicomReader.read(f.path());
            DataElement pixels = a.dataset().get(0x7FE00010);
            if (pixels != null && pixels.fragments() != null) {
                return;
            }
            Path back = dir.resolve("back.dcm");
            Path base = dir.resolve("base.dcm");
            DicomWriter.write(a, base, WriteOptions.AS_READ);
            for (TransferSyntax ts : NATIVE) {
                Path out = dir.resolve("ts.dcm");
                DicomWriter.write(a, out, WriteOptions.AS_READ.toBuilder().transferSyntax(ts).build());
                DicomFile b = DicomReader.read(out);
                assertEquals(ts, b.transferSyntax());
                boolean lossyVr = !ts.explicitVr();
                assertEquals(List.of(), (lossyVr ? UN_ANY : STRICT_VR).differences(a.dataset(), b.dataset()),
                        "through " + ts.uid());
                if (!lossyVr && a.explicitVr() == a.transferSyntax().explicitVr()) {
                    DicomWriter.write(b, back, WriteOptions.AS_READ.toBuilder().transferSyntax(a.transferSyntax())
                            .build());
                    assertArrayEquals(Files.readAllBytes(base), Files.readAllBytes(back), "back from " + ts.uid());
                }
            }
        }));
    }

    /** Written as Veil writes: Part 10 with meta, no recovery needed, not deflated, correct group lengths. */
    private static boolean canonical(CorpusFile f, DicomFile d) throws IOException {
        if (d.preamble() == null || !d.warnings().isEmpty() || d.transferSyntax().deflated()
                || d.explicitVr() != d.transferSyntax().explicitVr() || Files.size(f.path()) % 2 != 0
                || !d.fileMeta().contains(0x00020000)) {
            return false;
        }
        return groupLengthsRight(d.dataset(), d);
    }

    private static boolean groupLengthsRight(Dataset ds, DicomFile d) {
        LengthCalculator lc = new LengthCalculator(WriteOptions.SequenceEncoding.AS_READ);
        Encoding enc = new Encoding(d.explicitVr(), d.transferSyntax().bigEndian());
        for (int i = 0; i < ds.size(); i++) {
            DataElement e = ds.elementAt(i);
            if (Tag.isGroupLength(e.tag()) && e.bytes() != null && e.bytes().length == 4) {
                byte[] b = e.bytes();
                long stored = (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
                if (stored != lc.groupLength(ds, i, enc)) {
                    return false;
                }
            }
        }
        return true;
    }

    @AfterAll
    static void report() {
        System.out.println("round trip: " + IDENTICAL.get() + " of " + CANONICAL.get()
                + " canonical corpus files byte-identical");
    }
}
