package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.data.DatasetView;
import org.veil.testkit.Tool;

class DemoSetTest {
    /** The committed demo set, relative to this module's folder (the test's working directory). */
    private static final Path COMMITTED = Path.of("..", "demo", "input");

    @TempDir
    Path dir;

    @Test
    void write_committedDemoSet_equalsGeneratorOutput() throws Exception {
        if (Boolean.getBoolean("veil.demo.update")) {
            deleteTree(COMMITTED);
            DemoSet.write(COMMITTED);
        }
        DemoSet.write(dir);
        List<String> generated = files(dir);
        assertEquals(generated, files(COMMITTED), "the committed demo set differs from DemoSet; regenerate with "
                + "-Dveil.demo.update=true and review");
        for (String f : generated) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(COMMITTED.resolve(f)),
                    f + " differs from DemoSet's output; regenerate with -Dveil.demo.update=true and review");
        }
    }

    @Test
    void write_demoSet_isSmallAndHasTheIntendedCases() throws Exception {
        List<Path> written = DemoSet.write(dir);
        long total = 0;
        int burnedIn = 0;
        int dicom = 0;
        for (Path p : written) {
            total += Files.size(dir.resolve(p));
            if (p.toString().endsWith(".dcm")) {
                dicom++;
                DatasetView v = DatasetView.of(DicomReader.read(dir.resolve(p)).dataset());
                burnedIn += "YES".equals(v.string(0x00280301)) ? 1 : 0;
                assertTrue(v.dataset().get(0x00101002).sequence().get(0).get(0x00100024).sequence().size() == 1,
                        p + ": nested identifiers");
                assertTrue(v.text(0x00091001) != null, p + ": private tag");
                assertTrue(v.text(0x00104000).contains(v.text(0x00100010).split("\\^")[1]), p + ": comment names");
            }
        }
        assertEquals(6, dicom);
        assertEquals(1, burnedIn);
        assertEquals(7, written.size());
        assertTrue(total < 1_000_000, "demo set of " + total + " bytes");
    }

    @Test
    void write_demoFiles_passDciodvfyWithoutErrors() throws Exception {
        Tool.require("dciodvfy");
        for (Path p : DemoSet.write(dir)) {
            if (p.toString().endsWith(".dcm")) {
                Tool.Result v = Tool.run(Duration.ofSeconds(30), "dciodvfy", dir.resolve(p).toString());
                assertTrue(!v.stderr().contains("Error"), p + ": " + v.stderr());
            }
        }
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
