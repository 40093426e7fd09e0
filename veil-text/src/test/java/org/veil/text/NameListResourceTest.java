package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The committed word lists are exactly what NameListGenerator extracts from the datafaker jar. */
class NameListResourceTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/veil/text");

    @Test
    void committedLists_regenerated_areIdentical() throws IOException {
        Map<String, String> generated = NameListGenerator.generate();
        boolean update = Boolean.getBoolean("veil.names.update");
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = RESOURCES.resolve(e.getKey());
            if (update) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            assertTrue(Files.exists(file), file + " is missing; run with -Dveil.names.update=true");
            String committed;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(e.getValue(), committed,
                    file + " is out of date; run with -Dveil.names.update=true and review the change");
        }
    }

    @Test
    void generatedLists_commonNames_arePresent() {
        Map<String, String> generated = NameListGenerator.generate();
        String first = "\n" + generated.get(NameListGenerator.FIRST);
        String last = "\n" + generated.get(NameListGenerator.LAST);
        assertTrue(first.contains("\nJOHN\n") && first.contains("\nMARIA\n"), "first names");
        assertTrue(last.contains("\nSMITH\n") && last.contains("\nMULLER\n") && last.contains("\nMUELLER\n"),
                "family names with transliterations");
        String vocabulary = "\n" + generated.get(NameListGenerator.VOCABULARY);
        assertTrue(vocabulary.contains("\nEFFUSION\n"), "dictionary words");
    }
}
