package org.veil.pixel.redact;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.data.BulkData;

/** An append-only temporary file holding redacted pixel data, referenced as little endian {@link BulkData}. */
final class TempStore implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private long position;

    private TempStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static TempStore create(Path directory) throws IOException {
        Path file = PixelTempFiles.create(directory);
        try {
            return new TempStore(file, FileChannel.open(file, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            PixelTempFiles.delete(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Appends bytes and returns their reference. */
    BulkData append(byte[] bytes, int off, int len, int swapUnit) throws IOException {
        long at = position;
        ByteBuffer bb = ByteBuffer.wrap(bytes, off, len);
        while (bb.hasRemaining()) {
            position += channel.write(bb, position);
        }
        return new BulkData(file, at, len, false, swapUnit);
    }

    /** Everything written so far as one value. */
    BulkData whole(int swapUnit) {
        return new BulkData(file, 0, position, false, swapUnit);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
