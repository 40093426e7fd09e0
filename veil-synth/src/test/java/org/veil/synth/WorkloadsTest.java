package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.Tool;

class WorkloadsTest {
    @TempDir
    Path dir;

    @Test
    void ct_sameSeed_sameBytes() throws Exception {
        Workloads.ct(dir.resolve("a"), 3, 2, 7);
        Workloads.ct(dir.resolve("b"), 3, 2, 7);
        List<Path> a = files(dir.resolve("a"));
        assertEquals(3, a.size());
        for (Path p : a) {
            Path q = dir.resolve("b").resolve(dir.resolve("a").relativize(p));
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(q), p.toString());
        }
        assertTrue(Files.size(a.get(0)) > 512 * 512 * 2);
    }

    @Test
    void small_files_areAboutTenKilobytes() throws Exception {
        Workloads.small(dir, 4, 2, 1);
        for (Path p : files(dir)) {
            long size = Files.size(p);
            assertTrue(size > 8_000 && size < 14_000, p + " " + size);
        }
    }

    @Test
    void dense_headers_carryPrivateGroupsNestedSequencesAndReferencedStudies() throws Exception {
        Workloads.ctDense(dir.resolve("ct"), 1, 1, 5);
        Workloads.smallDense(dir.resolve("small"), 2, 1, 5);
        Path ct = files(dir.resolve("ct")).get(0);
        long size = Files.size(ct);
        assertTrue(size > 530_000 && size < 545_000, "CT " + size);
        for (Path p : files(dir.resolve("small"))) {
            assertTrue(Files.size(p) > 12_000 && Files.size(p) < 18_000, p + " " + Files.size(p));
        }
        Dataset ds = DicomReader.read(ct).dataset();
        int privateElements = 0;
        for (DataElement e : ds) {
            if ((e.tag() >>> 16 & 1) == 1 && (e.tag() & 0xFF00) != 0) {
                privateElements++;
            }
        }
        assertTrue(privateElements >= 150, "private elements " + privateElements);
        assertEquals(3, ds.get(StandardDictionary.tag("OtherPatientIDsSequence")).sequence().size());
        Dataset request = ds.get(StandardDictionary.tag("RequestAttributesSequence")).sequence().get(1);
        assertTrue(request.get(StandardDictionary.tag("ScheduledProtocolCodeSequence")) != null);
        assertEquals(5, ds.get(StandardDictionary.tag("ReferencedStudySequence")).sequence().size());
    }

    @Test
    void ct_files_passDcmtkAndDciodvfyWithoutErrors() throws Exception {
        Tool.require("dcmdump");
        Tool.require("dciodvfy");
        Workloads.ct(dir, 1, 1, 3);
        Path f = files(dir).get(0);
        Tool.Result dump = Tool.run(Duration.ofSeconds(30), "dcmdump", "-q", f.toString());
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertTrue(dump.stdout().contains("(0010,0010) PN ["), dump.stdout());
        Tool.Result v = Tool.run(Duration.ofSeconds(30), "dciodvfy", f.toString());
        assertFalse(v.stderr().contains("Error"), v.stderr());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
