package org.veil.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A reference command line tool used for cross-checks (dcmtk, dicom3tools, gdcm, python3 with pydicom). Never a
 * runtime dependency of Veil. {@link #require(String)} skips a test where the tool is missing, and fails it on CI,
 * where .ci/run installs every tool.
 */
public final class Tool {
    private Tool() {
    }

    /** The result of one run. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** True when the command is on the PATH. */
    public static boolean available(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test when the command is missing (fails on CI). */
    public static void require(String command) {
        if (!available(command)) {
            String reason = command + " not installed (Debian: see .ci/run)";
            if (Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            Assumptions.abort(reason);
        }
    }

    /** Runs a command with a timeout, capturing stdout and stderr as UTF-8 (malformed bytes replaced). */
    public static Result run(Duration timeout, String... command) {
        return run(timeout, List.of(command));
    }

    /** Runs a command with a timeout, capturing stdout and stderr. */
    public static Result run(Duration timeout, List<String> command) {
        try {
            Path out = Files.createTempFile("veil-tool", ".out");
            Path err = Files.createTempFile("veil-tool", ".err");
            try {
                Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out after " + timeout + ": " + command);
                }
                return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }
}
