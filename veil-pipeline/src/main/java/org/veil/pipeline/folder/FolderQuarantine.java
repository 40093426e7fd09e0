package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.Implementation;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Input;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;

/**
 * The quarantine folder: for each failing input, {@code Q/<relative path>} is a byte copy of the input and
 * {@code Q/<relative path>.reason.txt} says why (category, the located message: file, offset, tag path; never a
 * value). Copies hold PHI, so the folder lives beside the output, never inside it. Both files are written atomically;
 * an input that cannot be read still gets its reason file. Thread-safe.
 */
final class FolderQuarantine implements QuarantineSink {
    static final String REASON_SUFFIX = ".reason.txt";

    private final Path root;
    private final AtomicFileWriter writer;

    FolderQuarantine(Path root, Durability durability) {
        this.root = root;
        this.writer = new AtomicFileWriter(durability);
    }

    Path root() {
        return root;
    }

    @Override
    public void quarantine(Input input, QuarantineReason reason) throws IOException {
        Path copy = target(input.label());
        String copyNote;
        try {
            copy(input, copy);
            copyNote = "copy: " + copy.getFileName() + " (the input, byte for byte)";
        } catch (IOException e) {
            copyNote = "copy: none, the input could not be read (" + FailureText.withoutDetail(e) + ")";
        }
        writeReason(copy, input.label(), reason, copyNote);
    }

    /** A reason file alone, for something that is not a readable file (e.g. a folder that cannot be listed). */
    void reasonOnly(String label, QuarantineReason reason) throws IOException {
        writeReason(target(label), label, reason, "copy: none");
    }

    private void copy(Input input, Path copy) throws IOException {
        if (input instanceof Input.OfBytes b) {
            writer.write(copy, out -> writeAll(out, ByteBuffer.wrap(b.bytes())));
            return;
        }
        Path source = ((Input.OfFile) input).file();
        writer.write(copy, out -> {
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) {
                        break;
                    }
                    done += n;
                }
            }
        });
    }

    private void writeReason(Path copy, String label, QuarantineReason reason, String copyNote) throws IOException {
        String text = "input: " + label + "\n"
                + "category: " + reason.category().text() + "\n"
                + "reason: " + reason.detail() + "\n"
                + copyNote + "\n"
                + "by: " + Implementation.VERSION_NAME + "\n";
        Path file = copy.resolveSibling(copy.getFileName() + REASON_SUFFIX);
        writer.write(file, out -> writeAll(out, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static void writeAll(java.nio.channels.WritableByteChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** The copy's path: the label's segments under the root, with empty, {@code .} and {@code ..} segments made safe. */
    Path target(String label) {
        Path p = root;
        for (String segment : label.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            p = p.resolve(segment.equals("..") ? "_.." : segment);
        }
        return p.equals(root) ? root.resolve("_input") : p;
    }
}
