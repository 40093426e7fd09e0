package org.veil.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veil.pipeline.Input;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.folder.FolderQuarantine;

/**
 * The quarantine beside the output ({@code OUT.quarantine}), laid out as a folder run lays it out: {@code <id>.input}
 * (the input, byte for byte) and {@code <id>.reason.txt}, each written whole under a temporary name and renamed.
 * Holds PHI, like every quarantine. Thread-safe.
 */
final class HadoopQuarantine implements QuarantineSink {
    private final FileSystem fs;
    private final Path root;

    HadoopQuarantine(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    @Override
    public void quarantine(Input input, QuarantineReason reason) throws IOException {
        String entry = FolderQuarantine.entry(input.id());
        fs.mkdirs(root);
        String copyNote;
        try {
            write(entry + FolderQuarantine.COPY_SUFFIX, input);
            copyNote = "copy: " + entry + FolderQuarantine.COPY_SUFFIX + " (the input, byte for byte)";
        } catch (IOException e) {
            copyNote = "copy: none, the input could not be read";
        }
        byte[] text = FolderQuarantine.reasonText(input.label(), reason, copyNote).getBytes(StandardCharsets.UTF_8);
        writeBytes(entry + FolderQuarantine.REASON_SUFFIX, text);
    }

    private void write(String name, Input input) throws IOException {
        if (input instanceof Input.OfBytes b) {
            writeBytes(name, b.bytes());
            return;
        }
        Path temp = new Path(root, "." + name + ".part");
        try (InputStream in = Files.newInputStream(((Input.OfFile) input).file());
                OutputStream os = fs.create(temp, true)) {
            in.transferTo(os);
        }
        publish(temp, new Path(root, name));
    }

    private void writeBytes(String name, byte[] bytes) throws IOException {
        Path temp = new Path(root, "." + name + ".part");
        try (OutputStream os = fs.create(temp, true)) {
            os.write(bytes);
        }
        publish(temp, new Path(root, name));
    }

    private void publish(Path temp, Path target) throws IOException {
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(temp, target)) {
            throw new IOException("a quarantine file could not be renamed into place");
        }
    }
}
