package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file per finished batch, read back by the driver (all of them) and by a retried task (its partition's). */
class DoneRecordsTest {
    @TempDir
    java.nio.file.Path dir;

    private static DoneRecords.Finished finished(String id, String job) {
        return new DoneRecords.Finished(new ManifestRow(id, 7, "P1/S1/" + id + ".dcm", "written", "", "P1", "2.25.1"),
                "journal line of " + id, job);
    }

    @Test
    void twoBatches_twoFiles_readBackByPartitionAndAll() throws Exception {
        FileSystem fs = LocalFiles.of(new Path(dir.toUri()), new Configuration());
        DoneRecords done = new DoneRecords(fs, WorkFolder.beside(new Path(dir.resolve("out").toUri())));
        done.write(0, List.of(finished("a", "job1"), finished("b", "job1"), finished("c", "job1")));
        done.write(1, List.of(finished("d", "job2")));
        try (Stream<java.nio.file.Path> s = Files.walk(dir.resolve("out.veil/spark/done"))) {
            assertEquals(2, s.filter(Files::isRegularFile).count(), "one file per batch, not one per input");
        }
        Map<String, DoneRecords.Finished> zero = done.ofPartition(0);
        assertEquals(List.of("a", "b", "c"), zero.keySet().stream().sorted().toList());
        DoneRecords.Finished b = zero.get("b").at(42);
        assertEquals(42, b.row().getOrder());
        assertEquals("P1/S1/b.dcm", b.row().getOutput());
        assertEquals("journal line of b", b.entry());
        assertEquals("job1", b.job());
        assertEquals(List.of("a", "b", "c", "d"), done.all().keySet().stream().sorted().toList());
        assertEquals(Map.of(), done.ofPartition(2));
    }

    @Test
    void nothingWritten_nothingRead() throws Exception {
        FileSystem fs = LocalFiles.of(new Path(dir.toUri()), new Configuration());
        assertEquals(Map.of(), new DoneRecords(fs, WorkFolder.beside(new Path(dir.resolve("out").toUri()))).all());
    }
}
