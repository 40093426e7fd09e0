package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.testkit.Corpus;

/**
 * Regression: the lenient reader's warnings reached the console with the full input path, so a folder named after a
 * patient (as the demo's own {@code NOVAK_John_MRN779004}) printed the name and MRN on every warning. The run names
 * inputs by id; the path stays in the mapping file and the quarantine.
 */
@Tag("regression")
class DeidLogsNameNoPathTest {
    @TempDir
    Path dir;

    @Test
    void readerWarnings_nameTheInputById_neverByPath() throws Exception {
        Path in = dir.resolve("in").resolve("DOE_Jane_MRN4471209").resolve("Jane Doe brain");
        Files.createDirectories(in);
        Files.copy(Corpus.file("dcm4che/Tag-0040-A170-VR-CS.dcm").path(), in.resolve("DOE_Jane_1.dcm"));
        Path log = dir.resolve("log");
        int exit = ChildVeil.run(log, Map.of(), "deid", dir.resolve("in").toString(), dir.resolve("out").toString());
        String printed = Files.readString(log);
        assertTrue(exit == Veil.OK || exit == Veil.PROBLEMS, printed);
        assertTrue(printed.contains("read as UN"), "the reader warned (the test can see warnings): " + printed);
        assertTrue(printed.contains("input "), printed);
        assertFalse(printed.contains("DOE_Jane"), printed);
        assertFalse(printed.contains("MRN4471209"), printed);
        assertFalse(printed.contains("Jane Doe"), printed);
    }
}
