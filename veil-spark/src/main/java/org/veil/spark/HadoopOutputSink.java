package org.veil.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;

/**
 * Writes outputs under the output root of a Hadoop file system: each instance to a temporary file in the job's work
 * folder, then renamed to its name, so a reader never sees half an instance and a killed task leaves only temporary
 * files. Which input owns a name is claimed first with a marker file created only if absent (atomic on HDFS and local
 * file systems): a second input claiming the name is a duplicate, while the same input stored again (a retried task,
 * a resumed job) replaces its own output with identical bytes. Thread-safe.
 */
final class HadoopOutputSink implements InstanceSink {
    private final FileSystem fs;
    private final Path out;
    private final WorkFolder work;

    HadoopOutputSink(FileSystem fs, Path out, WorkFolder work) {
        this.fs = fs;
        this.out = out;
        this.work = work;
    }

    @Override
    public long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        claim(inputId, name);
        Path target = new Path(out, name);
        Path temp = new Path(work.temp(), UUID.randomUUID() + ".part");
        long size;
        try (FSDataOutputStream os = fs.create(temp, false)) {
            body.writeTo(Channels.newChannel(os));
            size = os.getPos();
        }
        // a retried task's own earlier output (same bytes) is replaced: the local file system renames over it, other
        // file systems are given the folder and the place
        if (!fs.rename(temp, target)) {
            fs.mkdirs(target.getParent());
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                fs.delete(temp, false);
                throw new IOException("the output could not be renamed into place (" + name + ")");
            }
        }
        return size;
    }

    private void claim(String inputId, String name) throws IOException, DuplicateOutputException {
        Path marker = new Path(work.claims(), digest(name));
        String owner = claimWithFile(marker, inputId);
        if (owner != null && !owner.equals(inputId)) {
            throw new DuplicateOutputException(name, owner);
        }
    }

    /** A marker file created only if absent, holding the owner: the owner already there, or null. */
    private String claimWithFile(Path marker, String inputId) throws IOException {
        try (OutputStream os = fs.create(marker, false)) {
            os.write(inputId.getBytes(StandardCharsets.US_ASCII));
            return null;
        } catch (FileAlreadyExistsException e) {
            // claimed before: by this input (a retry) or by another one
        } catch (IOException e) {
            if (!fs.exists(marker)) {
                throw e;
            }
        }
        try (FSDataInputStream is = fs.open(marker)) {
            return new String(is.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** The claim marker's name for an output name (no PHI in the work folder). */
    static String digest(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
