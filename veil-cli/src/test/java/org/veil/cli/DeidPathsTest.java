package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.Workloads;

/** Where `veil deid` is pointed at paths that do not exist (yet). */
class DeidPathsTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        return Veil.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    }

    @Test
    void deid_missingInput_exit3NamingTheInputAndNothingWritten() {
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        int code = run(err, "deid", tmp.resolve("missing").toString(), out.toString());
        assertEquals(Veil.INPUT, code, err.toString());
        assertTrue(err.toString().contains("missing") && err.toString().contains("cannot be read"), err.toString());
        assertTrue(!Files.exists(out) && !Files.exists(tmp.resolve("out.veil/mapping.tsv")));
    }

    @Test
    void deid_outputUnderFoldersThatDoNotExist_createsThemAndWritesTheMappingBeside() throws Exception {
        Path in = tmp.resolve("in");
        Workloads.small(in, 3, 1, Workloads.SEED);
        Path out = tmp.resolve("a/b/out");
        StringWriter err = new StringWriter();
        int code = run(err, "deid", in.toString(), out.toString());
        assertEquals(Veil.OK, code, err.toString());
        assertEquals(1 + 3, Files.readAllLines(tmp.resolve("a/b/out.veil/mapping.tsv")).size());
    }
}
