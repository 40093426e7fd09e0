package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    private static Run veil(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Veil.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A bare explicit VR little endian data set: Modality and Patient Name. */
    private Path dataset(String name, String modality) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        element(b, 0x0008, 0x0060, "CS", modality.getBytes(StandardCharsets.US_ASCII));
        element(b, 0x0010, 0x0010, "PN", "Doe^J ".getBytes(StandardCharsets.US_ASCII));
        return write(name, b);
    }

    /** Preamble, DICM, file meta (Transfer Syntax UID only) and a data set with an OB value of {@code n} bytes. */
    private Path part10WithLargeValue(String name, int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[128]);
        b.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(b, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1\0".getBytes(StandardCharsets.US_ASCII));
        element(b, 0x0008, 0x0060, "CS", "OT".getBytes(StandardCharsets.US_ASCII));
        element(b, 0x7FE0, 0x0010, "OB", new byte[n]);
        return write(name, b);
    }

    private Path write(String name, ByteArrayOutputStream b) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    private static void element(ByteArrayOutputStream b, int group, int element, String vr, byte[] value) {
        le(b, group, 2);
        le(b, element, 2);
        b.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            le(b, 0, 2);
            le(b, value.length, 4);
        } else {
            le(b, value.length, 2);
        }
        b.writeBytes(value);
    }

    private static void le(ByteArrayOutputStream b, long v, int size) {
        for (int i = 0; i < size; i++) {
            b.write((int) (v >>> (8 * i)));
        }
    }

    @Test
    void dump_readableFiles_printsEachAndExitsZero() throws IOException {
        Path a = dataset("a.dcm", "CT");
        Path b = dataset("b.dcm", "MR");
        Run run = veil("dump", a.toString(), b.toString());
        assertEquals(Veil.OK, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("# file " + a + "\n"), run.out());
        assertTrue(run.out().contains("(0008,0060) CS Modality [CT] #2\n(0010,0010) PN PatientName [Doe^J] #6\n\n# file "
                + b + "\n"), run.out());
        assertTrue(run.out().endsWith("(0008,0060) CS Modality [MR] #2\n(0010,0010) PN PatientName [Doe^J] #6\n"));
    }

    @Test
    void dump_unreadableFilesAmongReadable_reportsEachContinuesAndExitsThree() throws IOException {
        Path good = dataset("good.dcm", "CT");
        Path truncated = dir.resolve("truncated.dcm");
        Files.write(truncated, new byte[] {0x08, 0, 0x60, 0, 'C', 'S', 20, 0, 'C', 'T'});
        Path missing = dir.resolve("missing.dcm");
        Path last = dataset("last.dcm", "US");
        Run run = veil("dump", good.toString(), truncated.toString(), missing.toString(), last.toString());
        assertEquals(Veil.INPUT, run.exit());
        assertEquals(List.of("veil dump: " + truncated + " @0x0 (0008,0060): length 20 > 2 bytes left",
                "veil dump: " + missing + ": no such file"), run.err().lines().toList());
        assertTrue(run.out().contains("[CT]"), run.out());
        assertTrue(run.out().contains("[US]"), run.out());
        assertTrue(!run.out().contains(truncated.toString()), run.out());
    }

    @Test
    void dumpJson_severalFiles_oneJsonDocumentPerLine() throws IOException {
        Path a = dataset("a.dcm", "CT");
        Path b = dataset("b.dcm", "MR");
        Run run = veil("dump", "--json", a.toString(), b.toString());
        assertEquals(Veil.OK, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals("MR", MAPPER.readTree(lines.get(1)).at("/00080060/Value/0").asText());
        assertEquals("Doe^J", MAPPER.readTree(lines.get(0)).at("/00100010/Value/0/Alphabetic").asText());
    }

    @Test
    void dumpJson_bulkOption_choosesUriOrInlineForValuesLeftInTheFile() throws IOException {
        Path file = part10WithLargeValue("large value.dcm", 70_000);
        JsonNode uri = MAPPER.readTree(veil("dump", "--json", file.toString()).out());
        long offset = 128 + 4 + 8 + 20 + 10 + 12;
        assertEquals(file.toUri() + "#offset=" + offset + "&length=70000", uri.at("/7FE00010/BulkDataURI").asText());
        JsonNode inline = MAPPER.readTree(veil("dump", "--json", "--bulk", "INLINE", file.toString()).out());
        assertEquals(70_000, inline.at("/7FE00010/InlineBinary").binaryValue().length);
        assertEquals(2, inline.size());
    }

    @Test
    void dumpJson_metaOption_addsTheFileMetaGroup() throws IOException {
        Path file = part10WithLargeValue("meta.dcm", 2);
        JsonNode without = MAPPER.readTree(veil("dump", "--json", file.toString()).out());
        JsonNode with = MAPPER.readTree(veil("dump", "--json", "--meta", file.toString()).out());
        assertTrue(without.path("00020010").isMissingNode());
        assertEquals("1.2.840.10008.1.2.1", with.at("/00020010/Value/0").asText());
        assertEquals(without.size() + 1, with.size());
    }

    @Test
    void dump_badCommandLine_exitsTwo() {
        assertEquals(Veil.USAGE, veil("dump").exit());
        assertEquals(Veil.USAGE, veil("dump", "--bulk", "sideways", "x.dcm").exit());
        assertEquals(Veil.USAGE, veil("dump", "--colour", "x.dcm").exit());
    }
}
