package org.veil.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the job's manifest as one Parquet file on the driver with the Parquet library itself (through Spark SQL it
 * cost several CPU seconds of planning and code generation per job, more than de-identifying a thousand small files),
 * under a temporary name renamed into place. One row per input; the columns of {@link ManifestRow}; no PHI.
 */
final class ManifestFile {
    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message manifest {"
            + " required binary inputId (STRING); required int64 order; required binary output (STRING);"
            + " required binary status (STRING); required binary reason (STRING);"
            + " required binary patientPseudonym (STRING); required binary studyUid (STRING); }");

    private ManifestFile() {
    }

    static void write(FileSystem fs, Path target, Path temp, List<ManifestRow> rows, Configuration conf)
            throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new Output(fs, temp))
                .withType(SCHEMA).withConf(conf).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (ManifestRow r : rows) {
                w.write(groups.newGroup().append("inputId", r.getInputId()).append("order", r.getOrder())
                        .append("output", r.getOutput()).append("status", r.getStatus())
                        .append("reason", r.getReason()).append("patientPseudonym", r.getPatientPseudonym())
                        .append("studyUid", r.getStudyUid()));
            }
        }
        if (fs.exists(target)) {
            fs.delete(target, true);
        }
        if (!fs.rename(temp, target)) {
            throw new IOException("the manifest could not be renamed into place");
        }
    }

    /**
     * The manifest's file on the job's file system (Parquet's own Hadoop output file asks Hadoop for the path's file
     * system again, which logs the user in; a local path needs none of that).
     */
    private record Output(FileSystem fs, Path path) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) throws IOException {
            return HadoopStreams.wrap(fs.create(path, false));
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
            return HadoopStreams.wrap(fs.create(path, true));
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return path.toString();
        }
    }
}
