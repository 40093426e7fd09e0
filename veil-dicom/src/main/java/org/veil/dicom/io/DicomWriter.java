package org.veil.dicom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;

/**
 * Writes a data set as a DICOM file (PS3.10): preamble, "DICM", file meta, and the data set in the requested transfer
 * syntax (any native one, deflate, or the encapsulated one the pixel data already has). Bulk values are copied from
 * their source files, zero-copy where the byte order allows. Writes to the given target only: atomic replacement
 * (temp file + rename) is the caller's job.
 */
public final class DicomWriter {
    private DicomWriter() {
    }

    /** Writes {@code file} (as read, possibly changed) to {@code out}, creating or truncating it. */
    public static void write(DicomFile file, Path out, WriteOptions options) throws IOException {
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(file.preamble(), file.fileMeta(), file.dataset(), file.transferSyntax(), ch, options);
        }
    }

    /**
     * Writes a complete file to a channel.
     *
     * @param preamble the input's preamble or null
     * @param meta     the input's file meta (may be null or empty)
     * @param ds       the data set
     * @param readAs   the transfer syntax the data set was read in (decides what "keep the transfer syntax" means and
     *                 whether pixel data is encapsulated)
     */
    public static void write(byte[] preamble, Dataset meta, Dataset ds, TransferSyntax readAs,
                             WritableByteChannel out, WriteOptions options) throws IOException {
        TransferSyntax ts = target(ds, readAs, options);
        Dataset fileMeta = FileMetaBuilder.build(meta, ds, ts, options.meta());
        try (ByteSink sink = new ByteSink(out)) {
            byte[] pre = options.preamble() == WriteOptions.PreamblePolicy.KEEP && preamble != null
                    && preamble.length == 128 ? preamble : new byte[128];
            sink.bytes(pre, 0, 128);
            sink.bytes(new byte[] {'D', 'I', 'C', 'M'}, 0, 4);
            LengthCalculator lengths = new LengthCalculator(options.sequences());
            if (ds.contains(Tags.DirectoryRecordSequence)) {
                long start = 132 + lengths.content(fileMeta, Encoding.EXPLICIT_LE);
                DicomDirOffsets.update(ds, start, Encoding.of(ts), lengths);
                lengths = new LengthCalculator(options.sequences());
            }
            new DatasetEncoder(sink, lengths).write(fileMeta, Encoding.EXPLICIT_LE);
            if (ts.deflated()) {
                sink.flush();
                Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                try {
                    OutputStream deflating = new DeflaterOutputStream(Channels.newOutputStream(out), deflater, 8192) {
                        @Override
                        public void close() throws IOException {
                            finish();
                            flush();
                        }
                    };
                    try (ByteSink inner = new ByteSink(Channels.newChannel(deflating))) {
                        new DatasetEncoder(inner, lengths).write(ds, Encoding.of(ts));
                    }
                    deflating.close();
                } finally {
                    deflater.end();
                }
            } else {
                new DatasetEncoder(sink, lengths).write(ds, Encoding.of(ts));
            }
        }
    }

    /** Writes the data set alone (no preamble or meta) in a transfer syntax, e.g. for network transfer. */
    public static void writeDataset(Dataset ds, TransferSyntax ts, WritableByteChannel out,
                                    WriteOptions.SequenceEncoding sequences) throws IOException {
        if (ts.deflated()) {
            throw new IllegalArgumentException("writeDataset does not deflate; use write() for " + ts.uid());
        }
        try (ByteSink sink = new ByteSink(out)) {
            new DatasetEncoder(sink, new LengthCalculator(sequences)).write(ds, Encoding.of(ts));
        }
    }

    private static TransferSyntax target(Dataset ds, TransferSyntax readAs, WriteOptions options) {
        TransferSyntax ts = options.transferSyntax() != null ? options.transferSyntax() : readAs;
        DataElement pixels = ds.get(Tags.PixelData);
        boolean encapsulated = pixels != null && pixels.fragments() != null;
        if (encapsulated && !ts.encapsulated()) {
            throw new IllegalArgumentException("pixel data is encapsulated (" + readAs.uid() + "); it cannot be written "
                    + "in " + ts.uid() + " without decoding it first");
        }
        if (!encapsulated && pixels != null && ts.encapsulated()) {
            throw new IllegalArgumentException("pixel data is native; it cannot be written in encapsulated transfer "
                    + "syntax " + ts.uid() + " without encoding it first");
        }
        return ts;
    }
}
