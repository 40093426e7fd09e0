package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPathsTest {
    @TempDir
    Path tmp;

    @Test
    void workFolderBesideOut_holdsTheReview() throws Exception {
        Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("out.veil"));
        RunPaths p = RunPaths.of(tmp.resolve("out"));
        assertEquals(tmp.resolve("out.veil/review").toAbsolutePath(), p.review());
        assertTrue(!p.review().startsWith(p.out()), "the review's files stay out of the delivery");
    }

    @Test
    void stateInsideOut_refusedWithWhatToDo() throws Exception {
        Files.createDirectories(tmp.resolve("out/.veil"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunPaths.of(tmp.resolve("out")));
        assertTrue(e.getMessage().contains("mv OUT/.veil OUT.veil"), e.getMessage());
    }
}
