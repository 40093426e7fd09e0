package org.veil.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The records of finished inputs in {@code OUT.veil/spark/done}: one file per batch a task finished
 * ({@code done/<partition>/<first input id>}, written under a temporary name and renamed into place), not one per
 * input. The driver reads them all before a job (what earlier submissions finished: those inputs are not given to any
 * task); a retried task reads its own partition's folder (what its earlier attempts finished). No PHI: inputs are
 * named by their keyed ids.
 */
final class DoneRecords {
    private final FileSystem fs;
    private final WorkFolder work;

    DoneRecords(FileSystem fs, WorkFolder work) {
        this.fs = fs;
        this.work = work;
    }

    /** A finished input's manifest row, journal line and the job that finished it. */
    record Finished(ManifestRow row, String entry, String job) {
        /** The same record with the input's place in the current listing. */
        Finished at(long order) {
            ManifestRow r = ManifestRow.fromRecord(row.getInputId(), order, row.toRecord());
            return new Finished(r, entry, job);
        }
    }

    /** Writes one batch's records in one file. */
    void write(int partition, List<Finished> batch) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Finished f : batch) {
            text.append(f.row().getInputId()).append('\n').append(f.row().toRecord()).append('\n').append(f.entry())
                    .append('\n').append(f.job()).append('\n');
        }
        String name = batch.get(0).row().getInputId();
        Path temp = new Path(work.temp(), partition + "-" + name + ".done");
        try (OutputStream os = fs.create(temp, true)) {
            os.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path done = new Path(new Path(work.done(), Integer.toString(partition)), name);
        if (!fs.rename(temp, done)) {
            fs.mkdirs(done.getParent());
            if (!fs.rename(temp, done) && !fs.exists(done)) {
                throw new IOException("the record of a finished batch could not be renamed into place");
            }
        }
    }

    /** Every record, by input id (empty when no job wrote any). */
    Map<String, Finished> all() throws IOException {
        Map<String, Finished> found = new HashMap<>();
        for (FileStatus partition : list(work.done())) {
            if (partition.isDirectory()) {
                readFolder(partition.getPath(), found);
            }
        }
        return found;
    }

    /** The records in one partition's folder, by input id. */
    Map<String, Finished> ofPartition(int partition) throws IOException {
        Map<String, Finished> found = new HashMap<>();
        readFolder(new Path(work.done(), Integer.toString(partition)), found);
        return found;
    }

    private void readFolder(Path folder, Map<String, Finished> found) throws IOException {
        for (FileStatus batch : list(folder)) {
            if (batch.isFile()) {
                String text;
                try (FSDataInputStream is = fs.open(batch.getPath())) {
                    text = new String(is.readAllBytes(), StandardCharsets.UTF_8);
                }
                parse(text, found);
            }
        }
    }

    private FileStatus[] list(Path folder) throws IOException {
        try {
            return fs.listStatus(folder);
        } catch (FileNotFoundException e) {
            return new FileStatus[0];
        }
    }

    /** Four lines per input: id, manifest record, journal line, job; a record that does not parse is left out. */
    static void parse(String text, Map<String, Finished> into) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + 3 < lines.length; i += 4) {
            ManifestRow row = ManifestRow.fromRecord(lines[i], 0, lines[i + 1]);
            if (row != null) {
                into.put(lines[i], new Finished(row, lines[i + 2], lines[i + 3]));
            }
        }
    }
}
