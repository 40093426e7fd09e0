package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 9: {@code veil verify} with a missing ORIGINAL folder or with inputs that are not DICOM said "CLEAN" or
 * listed hundreds of findings; it is a usage error (2) or an input error (3). And the demo, verified as its last line
 * suggests, is clean (it never was: without a mapping file no demo output could be paired with its input).
 */
@Tag("regression")
class VerifyInputsRegressionTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs a command line; {@link #out} and {@link #err} then hold what this run printed. */
    private int veil(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Runs the demo into {@code dir/demo-out}; returns its de-identified folder. */
    private Path demo() {
        Path demoOut = dir.resolve("demo-out");
        assertEquals(Veil.OK, veil("demo", "--input", "../demo/input", "--output", demoOut.toString()),
                err.toString());
        return demoOut.resolve(DemoCommand.DEIDENTIFIED);
    }

    @Test
    void demoThenVerify_clean() {
        Path delivered = demo();

        int exit = veil("verify", "../demo/input", delivered.toString());

        assertEquals(Veil.OK, exit, out.toString() + err);
        assertTrue(out.toString().startsWith("CLEAN"), out.toString());
        assertTrue(out.toString().contains("5 pair(s)"), out.toString());
    }

    @Test
    void verifyWithMissingOriginal_usageError() {
        Path delivered = demo();

        int exit = veil("verify", dir.resolve("no-such-folder").toString(), delivered.toString());

        assertEquals(Veil.USAGE, exit, out.toString());
        assertTrue(err.toString().contains("ORIGINAL does not exist"), err.toString());
        assertTrue(!out.toString().contains("CLEAN"), out.toString());
    }

    @Test
    void verifyWithNonDicomOriginal_inputError() throws Exception {
        Path delivered = demo();
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.txt"), "not an image");

        int exit = veil("verify", notes.toString(), delivered.toString());

        assertEquals(Veil.INPUT, exit, out.toString());
        assertTrue(err.toString().contains("can be read as DICOM"), err.toString());
    }
}
