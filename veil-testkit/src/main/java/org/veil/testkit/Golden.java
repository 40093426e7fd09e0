package org.veil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under a module's {@code src/test/resources}, compared as text so that a failing
 * diff shows the line. Run the tests with {@code -Dveil.golden.update=true} to (re)write the files from the current
 * output instead of comparing, then review the change with {@code git diff} before committing it.
 */
public final class Golden {
    /** The system property that switches comparing to writing. */
    public static final String UPDATE_PROPERTY = "veil.golden.update";

    private Golden() {
    }

    /** True when the run writes golden files instead of comparing. */
    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
    }

    /**
     * Compares {@code actual} with the golden file {@code src/test/resources/<relative>} of the module under test (the
     * working directory of the test run), or writes it when {@link #updating()}. A missing golden file fails with a
     * hint to create it.
     */
    public static void check(String relative, String actual) {
        Path file = Path.of("src", "test", "resources").resolve(relative);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), "golden file " + file.toAbsolutePath() + " is missing; run with -D"
                    + UPDATE_PROPERTY + "=true to create it, then review it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file
                    + " (after review, -D" + UPDATE_PROPERTY + "=true rewrites it)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
