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
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.InstanceBody;

/** Claims of output names: a second input is a duplicate, the same input again replaces its own output. */
class HadoopOutputSinkTest {
    @TempDir
    java.nio.file.Path dir;

    private HadoopOutputSink sink() throws Exception {
        Path out = new Path(dir.resolve("out").toString());
        FileSystem fs = LocalFiles.of(out, new Configuration());
        return new HadoopOutputSink(fs, out, WorkFolder.beside(out));
    }

    private static InstanceBody bytes(String text) {
        return ch -> ch.write(ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void sameInputTwice_replacesItsOwnOutput() throws Exception {
        HadoopOutputSink sink = sink();
        assertEquals(5, sink.store("input-a", "P/S/1.dcm", bytes("first")));
        assertEquals(6, sink.store("input-a", "P/S/1.dcm", bytes("second")), "a retried task stores again");
        assertArrayEquals("second".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Files.readAllBytes(dir.resolve("out/P/S/1.dcm")));
    }

    @Test
    void secondInputSameName_duplicateNamingTheOwner_outputKept() throws Exception {
        HadoopOutputSink sink = sink();
        sink.store("input-a", "P/S/1.dcm", bytes("first"));
        DuplicateOutputException e = assertThrows(DuplicateOutputException.class,
                () -> sink().store("input-b", "P/S/1.dcm", bytes("other")));
        assertTrue(e.getMessage().contains("input-a"), e.getMessage());
        assertArrayEquals("first".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Files.readAllBytes(dir.resolve("out/P/S/1.dcm")));
        try (Stream<java.nio.file.Path> s = Files.list(dir.resolve("out.veil/spark/tmp"))) {
            assertEquals(0, s.count(), "no temporary file left");
        }
    }
}
