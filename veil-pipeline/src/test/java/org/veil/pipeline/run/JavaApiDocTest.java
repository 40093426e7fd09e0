package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/java-api.md quotes {@code JavaApiExample} word for word (the example itself is run by its own test). */
class JavaApiDocTest {
    static final Path EXAMPLE = Path.of("src/test/java/org/veil/pipeline/example/JavaApiExample.java");

    @ParameterizedTest
    @ValueSource(strings = {"folder", "instances"})
    void docQuotesTheCompiledExample(String region) throws IOException {
        String quoted = "```java\n" + region(Files.readAllLines(EXAMPLE), region) + "```\n";
        String doc = Files.readString(doc());
        assertTrue(doc.contains(quoted), "docs/java-api.md must quote region '" + region + "' of " + EXAMPLE
                + " exactly:\n" + quoted);
    }

    /** The lines between {@code // [name]} and the next {@code // [end]}, their common indentation removed. */
    static String region(List<String> lines, String name) {
        int start = lines.indexOf("    // [" + name + "]");
        int end = lines.subList(start + 1, lines.size()).indexOf("    // [end]") + start + 1;
        if (start < 0 || end <= start) {
            throw new IllegalStateException("no region " + name + " in " + EXAMPLE);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines.subList(start + 1, end)) {
            sb.append(line.length() >= 4 ? line.substring(4) : line.strip()).append('\n');
        }
        return sb.toString();
    }

    private static Path doc() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path doc = p.resolve("docs/java-api.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("docs/java-api.md not found above " + Path.of("").toAbsolutePath());
    }
}
