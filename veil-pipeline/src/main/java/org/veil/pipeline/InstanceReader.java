package org.veil.pipeline;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.FileHead;
import org.veil.dicom.io.SourceChannels;

/** Reads an {@link Input}: its first bytes for {@link ContentSniffer}, then the whole instance (files read-only). */
final class InstanceReader {
    private final ReadLimits limits;
    private final boolean logInputPaths;

    InstanceReader(ReadLimits limits, boolean logInputPaths) {
        this.limits = limits;
        this.logInputPaths = logInputPaths;
    }

    /** True when the input looks like DICOM. */
    boolean looksLikeDicom(Input input) throws IOException {
        if (input instanceof Input.OfBytes b) {
            return ContentSniffer.looksLikeDicom(b.bytes(), Math.min(b.bytes().length, ContentSniffer.HEAD),
                    b.bytes().length);
        }
        return sniffFile((Input.OfFile) input);
    }

    private static boolean sniffFile(Input.OfFile f) throws IOException {
        try (FileChannel ch = FileChannel.open(f.file(), StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(ContentSniffer.HEAD);
            int n = 0;
            while (head.hasRemaining() && n >= 0) {
                n = ch.read(head);
            }
            return ContentSniffer.looksLikeDicom(head.array(), head.position(), ch.size());
        }
    }

    /**
     * Reads the instance when its content looks like DICOM, else returns null; a file is opened once for both.
     * Bulk values of file inputs stay references into the (unmodified) file; when this thread holds its inputs
     * ({@link SourceChannels#hold()}) the file's channel stays open in the hold, for the writer to copy them from.
     */
    DicomFile readIfDicom(Input input) throws IOException {
        if (!(input instanceof Input.OfFile f)) {
            return looksLikeDicom(input) ? read(input) : null;
        }
        FileChannel ch = FileChannel.open(f.file(), StandardOpenOption.READ);
        FileHead head;
        try {
            // one read serves the sniff and the start of the parse (the reader's first buffer)
            long size = ch.size();
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(FileHead.PREFERRED, Math.max(size,
                    ContentSniffer.HEAD)));
            int n = 0;
            while (b.hasRemaining() && b.position() < size && n >= 0) {
                n = ch.read(b, b.position());
            }
            head = new FileHead(b.array(), b.position(), Math.max(size, b.position()));
            if (!ContentSniffer.looksLikeDicom(head.bytes(), head.length(), head.size())) {
                ch.close();
                return null;
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        SourceChannels.keep(f.file(), ch); // left open for the output's pixel copy when the caller holds inputs
        return DicomReader.read(ch, f.file(), source(input), limits, head);
    }

    /**
     * How the reader names an input in its warnings and errors: by its id, not its path (folders and files are often
     * named after patients, and warnings reach the console), unless paths were asked for ({@code --log-input-paths});
     * the quarantine reason and the mapping file add the original name.
     */
    String source(Input input) {
        return logInputPaths ? "input " + input.id() + " (" + input.label() + ")" : "input " + input.id();
    }

    /** Reads the instance; bulk values of file inputs stay references into the (unmodified) file. */
    DicomFile read(Input input) throws IOException {
        if (input instanceof Input.OfBytes b) {
            return readBytes(b);
        }
        Input.OfFile f = (Input.OfFile) input;
        return DicomReader.read(FileChannel.open(f.file(), StandardOpenOption.READ), f.file(), source(input), limits);
    }

    private DicomFile readBytes(Input.OfBytes b) throws IOException {
        try (DicomReader r = DicomReader.open(new ByteArrayInputStream(b.bytes()), source(b), limits)) {
            Dataset ds = r.readDataset();
            return new DicomFile(r.source(), r.preamble(), r.fileMeta(), r.transferSyntax(), r.explicitVr(), ds,
                    r.warnings());
        } catch (EOFException e) {
            throw new DicomFormatException(source(b), 0, TagPath.ROOT, "truncated: " + e.getMessage(), e);
        }
    }
}
