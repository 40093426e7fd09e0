package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input census walks the whole input a second time (a stat per file) only for the progress display: never when
 * no progress is shown, and for log lines not before the first line is near.
 */
class ProgressReporterCensusTest {
    @TempDir
    Path tmp;

    private InputCensus census() throws Exception {
        Files.writeString(tmp.resolve("a.dcm"), "x");
        return new InputCensus(tmp, Set.of());
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void start_noProgress_censusNeverWalks() throws Exception {
        InputCensus census = census();
        try (ProgressReporter p = new ProgressReporter(ProgressStyle.NONE, sink(), new RunTally(), census)) {
            p.start();
        }
        assertFalse(census.started());
    }

    @Test
    void start_logLinesAndShortRun_censusNeverWalks() throws Exception {
        InputCensus census = census();
        ProgressReporter p = new ProgressReporter(ProgressStyle.LOG, sink(), new RunTally(), census);
        p.start();
        p.close();
        p.awaitStopped();
        assertFalse(census.started());
    }

    @Test
    void start_bar_censusCountsTheInput() throws Exception {
        InputCensus census = census();
        try (ProgressReporter p = new ProgressReporter(ProgressStyle.BAR, sink(), new RunTally(), census)) {
            p.start();
            for (int i = 0; i < 1000 && !census.done(); i++) {
                Thread.sleep(10);
            }
        }
        assertTrue(census.done());
        assertTrue(census.files() == 1);
    }
}
