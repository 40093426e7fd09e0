package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.Dataset;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/** Every corpus file is read: malformed ones fail with a located error, all others parse. */
class DicomReaderCorpusTest {
    static final ReadLimits STRICT = ReadLimits.builder().leniency(Leniency.STRICT).build();

    /** Not malformed, but deeper than {@link ReadLimits#DEFAULT} allows (100,000 nested private sequences). */
    static final Set<String> BEYOND_DEFAULT_LIMITS = Set.of("orthanc-tests/2026-05-06-Deeply-Nested-Sequence.dcm");

    @TestFactory
    Stream<DynamicTest> read_wellFormedFile_parses() {
        return Corpus.files(f -> !f.malformed() && !BEYOND_DEFAULT_LIMITS.contains(f.name())).stream()
                .map(f -> DynamicTest.dynamicTest(f.name(), () -> {
                    DicomFile d = assertDoesNotThrow(() -> DicomReader.read(f.path()), f.name());
                    assertTrue(d.dataset().size() > 0, "empty data set");
                }));
    }

    @TestFactory
    Stream<DynamicTest> read_malformedFileStrict_failsWithLocation() {
        return Corpus.files(CorpusFile::malformed).stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            DicomFormatException e = assertThrows(DicomFormatException.class,
                    () -> DicomReader.read(f.path(), STRICT));
            assertTrue(e.getMessage().startsWith(f.path() + " @0x"), e.getMessage());
            assertTrue(e.getMessage().length() < 600, "message too long: " + e.getMessage());
            assertTrue(!e.reason().isBlank());
        }));
    }

    @Test
    void read_deeplyNestedFile_failsNamingTheDepthLimit() {
        CorpusFile f = Corpus.file("orthanc-tests/2026-05-06-Deeply-Nested-Sequence.dcm");
        ReadLimitException e = assertThrows(ReadLimitException.class, () -> DicomReader.read(f.path()));
        assertTrue(e.getMessage().contains("exceeds ReadLimits.maxDepth (128)"), e.getMessage());
        assertTrue(e.getMessage().contains("more levels"), "path is abbreviated: " + e.getMessage());
    }

    @Test
    void read_deeplyNestedFileWithRaisedLimit_streamsAndBuildsWithoutStackOverflow() throws Exception {
        CorpusFile f = Corpus.file("orthanc-tests/2026-05-06-Deeply-Nested-Sequence.dcm");
        ReadLimits deep = ReadLimits.builder().maxDepth(1_000_000).build();
        int maxDepth = 0;
        int depth = 0;
        try (DicomReader r = DicomReader.open(f.path(), deep)) {
            for (DicomEvent e = r.next(); e != null; e = r.next()) {
                if (e instanceof DicomEvent.SequenceStart) {
                    maxDepth = Math.max(maxDepth, ++depth);
                } else if (e instanceof DicomEvent.SequenceEnd) {
                    depth--;
                }
            }
        }
        assertEquals(0, depth);
        assertTrue(maxDepth > 50_000, "depth " + maxDepth);
        try (DicomReader r = DicomReader.open(f.path(), deep)) {
            Dataset ds = r.readDataset();
            assertTrue(ds.contains(0x77770001));
        }
    }
}
