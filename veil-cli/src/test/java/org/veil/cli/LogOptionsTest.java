package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.testkit.Corpus;

/**
 * The global log options on a run over a folder named after a fake patient: nothing of the name or MRN on standard
 * output or error in text or JSON, JSON lines that parse with time, level, event (and input where an input is
 * named), -q leaving standard error empty when nothing failed, and no Java class names in text lines.
 */
class LogOptionsTest {
    private static final List<String> PHI = List.of("KOWALSKA", "Anna", "MRN5530217");

    @TempDir
    Path dir;
    private Path in;

    @BeforeEach
    void folderNamedAfterAPatient() throws Exception {
        Path folder = dir.resolve("in").resolve("KOWALSKA_Anna_MRN5530217").resolve("Anna Kowalska CT");
        Files.createDirectories(folder);
        Files.copy(Corpus.file("dcm4che/Tag-0040-A170-VR-CS.dcm").path(), folder.resolve("KOWALSKA_Anna_1.dcm"));
        in = dir.resolve("in");
    }

    @Test
    void textFormat_noPhi_noClassNames_warningsMarked() throws Exception {
        Run r = run("text", "deid", in.toString(), dir.resolve("out").toString());
        assertTrue(r.exit == Veil.OK || r.exit == Veil.PROBLEMS, r.err);
        assertTrue(r.err.contains("veil: warning: "), "the reader's warning is printed: " + r.err);
        assertFalse(r.err.contains("org.veil."), "no class names: " + r.err);
        assertFalse(r.err.contains("[main]"), "no thread names: " + r.err);
        r.assertNoPhi();
    }

    @Test
    void jsonFormat_everyLineParses_noPhi() throws Exception {
        Run r = run("json", "--log-format", "json", "deid", in.toString(), dir.resolve("out").toString());
        assertTrue(r.exit == Veil.OK || r.exit == Veil.PROBLEMS, r.err);
        ObjectMapper json = new ObjectMapper();
        int withInput = 0;
        List<String> lines = r.err.lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            for (String field : List.of("time", "level", "event", "message")) {
                assertTrue(event.hasNonNull(field), field + " in " + line);
            }
            withInput += event.has("input") ? 1 : 0;
        }
        assertTrue(withInput > 0, "the reader's warning names its input by id: " + r.err);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"level\":\"WARN\"")), r.err);
        r.assertNoPhi();
    }

    @Test
    void quiet_printsOnlyErrors() throws Exception {
        Run r = run("quiet", "-q", "deid", in.toString(), dir.resolve("out").toString());
        assertTrue(r.exit == Veil.OK || r.exit == Veil.PROBLEMS, r.err);
        assertEquals("", r.err, "nothing failed, so nothing on standard error");
        r.assertNoPhi();
    }

    @Test
    void quietAfterTheSubcommand_sameEffect_andLogLevelOverrides() throws Exception {
        Run quiet = run("quiet2", "deid", "--quiet", in.toString(), dir.resolve("out").toString());
        assertEquals("", quiet.err);
        Run warn = run("warn", "deid", "-q", "--log-level", "warn", in.toString(), dir.resolve("out2").toString());
        assertTrue(warn.err.contains("veil: warning: "), warn.err);
        assertFalse(warn.err.lines().anyMatch(l -> !l.startsWith("veil: warning: ")), warn.err);
    }

    @Test
    void jsonFormat_commandErrorsAreJsonToo() throws Exception {
        CliRun r = CliRun.of("--log-format", "json", "deid", dir.resolve("missing").toString(),
                dir.resolve("out").toString());
        assertEquals(Veil.INPUT, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonNode event = new ObjectMapper().readTree(line);
            assertEquals("ERROR", event.path("level").asText(), line);
            assertTrue(event.path("message").asText().contains("cannot be read"), line);
        }
    }

    @Test
    void badLogFormat_usageError() {
        CliRun r = CliRun.of("--log-format", "xml", "dump", dir.toString());
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().contains("--log-format"), r.err());
    }

    private Run run(String name, String... args) throws Exception {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        int exit = ChildVeil.runApart(out, err, args);
        return new Run(exit, Files.readString(out), Files.readString(err));
    }

    private record Run(int exit, String out, String err) {
        void assertNoPhi() {
            for (String phi : PHI) {
                assertFalse(out.contains(phi), phi + " on standard output: " + out);
                assertFalse(err.contains(phi), phi + " on standard error: " + err);
            }
        }
    }
}
