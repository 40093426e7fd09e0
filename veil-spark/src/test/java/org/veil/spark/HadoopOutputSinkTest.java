package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;

/**
 * Claims of output names, on any Hadoop file system and on a local folder: a second input is a duplicate, the same
 * input again replaces its own output.
 */
class HadoopOutputSinkTest {
    @TempDir
    java.nio.file.Path dir;

    /** The sink for any Hadoop file system (here the local one stands in), or the one for local folders. */
    private InstanceSink sink(boolean local) throws Exception {
        if (local) {
            return new LocalOutputSink(dir.resolve("out"), dir.resolve("out.veil/spark"));
        }
        Path out = new Path(dir.resolve("out").toString());
        FileSystem fs = LocalFiles.of(out, new Configuration());
        return new HadoopOutputSink(fs, out, WorkFolder.beside(out));
    }

    private static InstanceBody bytes(String text) {
        return ch -> ch.write(ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sameInputTwice_replacesItsOwnOutput(boolean local) throws Exception {
        InstanceSink sink = sink(local);
        assertEquals(5, sink.store("input-a", "P/S/1.dcm", bytes("first")));
        assertEquals(6, sink.store("input-a", "P/S/1.dcm", bytes("second")), "a retried task stores again");
        assertArrayEquals("second".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Files.readAllBytes(dir.resolve("out/P/S/1.dcm")));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void secondInputSameName_duplicateNamingTheOwner_outputKept(boolean local) throws Exception {
        InstanceSink sink = sink(local);
        sink.store("input-a", "P/S/1.dcm", bytes("first"));
        DuplicateOutputException e = assertThrows(DuplicateOutputException.class,
                () -> sink(local).store("input-b", "P/S/1.dcm", bytes("other")));
        assertTrue(e.getMessage().contains("input-a"), e.getMessage());
        assertArrayEquals("first".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Files.readAllBytes(dir.resolve("out/P/S/1.dcm")));
        try (Stream<java.nio.file.Path> s = Files.list(dir.resolve("out.veil/spark/tmp"))) {
            assertEquals(0, s.count(), "no temporary file left");
        }
    }

    @Test
    void localName_leavingTheOutputFolder_refused() throws Exception {
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> sink(true).store("input-a", "../escaped.dcm", bytes("x")));
        assertTrue(e.getMessage().contains("leaves the output folder"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("escaped.dcm")));
    }
}
