package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {
    @TempDir
    Path tmp;

    @Test
    void append_thenRead_sameEntries() throws IOException {
        StringWriter w = new StringWriter();
        MappingFile.writeHeader(w);
        MappingFile.append(w, tmp.resolve("in"), tmp.resolve("in/a/b.dcm"), tmp.resolve("out"),
                tmp.resolve("out/P1/S1/R1/I1.dcm"));
        Path f = Files.writeString(tmp.resolve("m.tsv"), w.toString());
        assertEquals(List.of(new MappingFile.Entry("a/b.dcm", "P1/S1/R1/I1.dcm")), MappingFile.read(f));
        assertTrue(w.toString().startsWith("#veil-mapping v3\n"));
    }

    @Test
    void appendWithId_thenRead_idInThirdColumn() throws IOException {
        StringWriter w = new StringWriter();
        MappingFile.writeHeader(w);
        MappingFile.append(w, tmp.resolve("in"), tmp.resolve("in/a.dcm"), tmp.resolve("out"),
                tmp.resolve("out/P1/I1.dcm"), "0123456789abcdef0123456789abcdef");
        Path f = Files.writeString(tmp.resolve("m.tsv"), w.toString());
        assertTrue(w.toString().endsWith("a.dcm\tP1/I1.dcm\t0123456789abcdef0123456789abcdef\n"), w.toString());
        assertEquals(List.of(new MappingFile.Entry("a.dcm", "P1/I1.dcm", "0123456789abcdef0123456789abcdef")),
                MappingFile.read(f));
    }

    @Test
    void read_v2WithoutIds_stillRead() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.tsv"), "#veil-mapping v2\na.dcm\tb.dcm\n");
        assertEquals(List.of(new MappingFile.Entry("a.dcm", "b.dcm", "")), MappingFile.read(f));
    }

    @Test
    void read_lineWithoutTab_errorNamesFileAndLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.tsv"), "#veil-mapping v1\na.dcm b.dcm\n");
        IOException e = assertThrows(IOException.class, () -> MappingFile.read(f));
        assertEquals(f + ":2: expected 'input<TAB>output<TAB>id', found 1 field(s)", e.getMessage());
    }

    @Test
    void appendRead_namesWithTabNewlineBackslashAndControl_roundTrip() throws IOException {
        Path f = tmp.resolve("m2.tsv");
        String name = "a\tb\nc\\d\re\u0001f\\u0041.dcm";
        try (var w = Files.newBufferedWriter(f)) {
            MappingFile.writeHeader(w);
            MappingFile.append(w, tmp.resolve("in"), tmp.resolve("in").resolve(name), tmp.resolve("out"),
                    tmp.resolve("out/P1/I1.dcm"));
        }
        assertEquals(2, Files.readAllLines(f).size(), "one line per entry");
        assertEquals(List.of(new MappingFile.Entry(name, "P1/I1.dcm")), MappingFile.read(f));
    }
}
