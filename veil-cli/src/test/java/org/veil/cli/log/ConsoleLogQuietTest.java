package org.veil.cli.log;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A rehearsal's warnings are not written (they would be written again by the real run); other threads' are. */
class ConsoleLogQuietTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLogQuietTest.class);

    @Test
    void quietOn_mutesOnlyThisThread_andOnlyWhileItRuns() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            ConsoleLog.quietOn(() -> {
                LOG.warn("warned while rehearsing");
                Thread other = new Thread(() -> LOG.warn("warned by another thread"));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            LOG.warn("warned after the rehearsal");
        } finally {
            System.setErr(saved);
        }
        String written = buffer.toString(StandardCharsets.UTF_8);
        assertFalse(written.contains("warned while rehearsing"), written);
        assertTrue(written.contains("warned by another thread"), written);
        assertTrue(written.contains("warned after the rehearsal"), written);
    }
}
