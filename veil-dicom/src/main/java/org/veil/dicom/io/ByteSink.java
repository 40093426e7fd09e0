package org.veil.dicom.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.ByteSwap;
import java.util.HashMap;
import java.util.Map;
import org.veil.dicom.data.BulkData;

/**
 * Buffered output to a channel that copies bulk values straight from their source file: zero-copy
 * ({@link FileChannel#transferTo}) when no byte swap is needed, through a buffer otherwise.
 */
final class ByteSink implements AutoCloseable {
    private static final int SIZE = 64 * 1024;

    /**
     * Each thread's spare buffer: a sink takes it when it opens and gives it back when it closes (a nested sink, or one
     * not closed, allocates its own), so writing many small files does not allocate and clear 64 KB for each.
     */
    private static final ThreadLocal<byte[][]> SPARE = ThreadLocal.withInitial(() -> new byte[1][]);

    private final WritableByteChannel out;
    private byte[] arr;
    private final Map<Path, FileChannel> sources = new HashMap<>(2);
    private int pos;
    private long flushed;

    ByteSink(WritableByteChannel out) {
        this.out = out;
        byte[][] spare = SPARE.get();
        arr = spare[0] != null ? spare[0] : new byte[SIZE];
        spare[0] = null;
    }

    long position() {
        return flushed + pos;
    }

    void u8(int v) throws IOException {
        if (pos == SIZE) {
            flush();
        }
        arr[pos++] = (byte) v;
    }

    void u16(int v, boolean big) throws IOException {
        if (SIZE - pos < 2) {
            flush();
        }
        if (big) {
            arr[pos] = (byte) (v >>> 8);
            arr[pos + 1] = (byte) v;
        } else {
            arr[pos] = (byte) v;
            arr[pos + 1] = (byte) (v >>> 8);
        }
        pos += 2;
    }

    void i32(int v, boolean big) throws IOException {
        if (SIZE - pos < 4) {
            flush();
        }
        if (big) {
            arr[pos] = (byte) (v >>> 24);
            arr[pos + 1] = (byte) (v >>> 16);
            arr[pos + 2] = (byte) (v >>> 8);
            arr[pos + 3] = (byte) v;
        } else {
            arr[pos] = (byte) v;
            arr[pos + 1] = (byte) (v >>> 8);
            arr[pos + 2] = (byte) (v >>> 16);
            arr[pos + 3] = (byte) (v >>> 24);
        }
        pos += 4;
    }

    void tag(int tag, boolean big) throws IOException {
        u16(tag >>> 16, big);
        u16(tag & 0xFFFF, big);
    }

    void bytes(byte[] b, int off, int len) throws IOException {
        if (len <= SIZE - pos) {
            System.arraycopy(b, off, arr, pos, len);
            pos += len;
            return;
        }
        flush();
        if (len < SIZE / 2) {
            System.arraycopy(b, off, arr, 0, len);
            pos = len;
            return;
        }
        writeFully(ByteBuffer.wrap(b, off, len));
    }

    /** Writes the value bytes with their byte order swapped in units of {@code unit}. */
    void swapped(byte[] b, int unit) throws IOException {
        byte[] copy = b.clone();
        ByteSwap.swap(copy, unit);
        bytes(copy, 0, copy.length);
    }

    /** Copies a bulk value from its file, swapping units when {@code swap} is set. */
    void bulk(BulkData data, boolean swap) throws IOException {
        FileChannel src = source(data.file());
        if (!swap || data.swapUnit() == 1) {
            flush();
            long done = 0;
            while (done < data.length()) {
                long n = src.transferTo(data.offset() + done, data.length() - done, out);
                if (n <= 0) {
                    if (data.offset() + done >= src.size()) {
                        throw new IOException(data.file() + " @0x" + Long.toHexString(data.offset() + done)
                                + ": source ended inside a bulk value (was it changed after reading?)");
                    }
                    break;
                }
                done += n;
            }
            if (done < data.length()) {
                copyThroughBuffer(src, data, done, false);
            }
            flushed += data.length();
            return;
        }
        flush();
        copyThroughBuffer(src, data, 0, true);
        flushed += data.length();
    }

    private void copyThroughBuffer(FileChannel src, BulkData data, long from, boolean swap) throws IOException {
        byte[] chunk = new byte[SIZE - SIZE % 8];
        long done = from;
        while (done < data.length()) {
            int n = (int) Math.min(chunk.length, data.length() - done);
            data.read(src, done, chunk, 0, n);
            if (swap) {
                ByteSwap.swap(chunk, 0, n, data.swapUnit());
            }
            writeFully(ByteBuffer.wrap(chunk, 0, n));
            done += n;
        }
    }

    private FileChannel source(Path file) throws IOException {
        FileChannel held = SourceChannels.find(file); // the reader's channel, if this thread still holds it open
        if (held != null) {
            return held;
        }
        FileChannel ch = sources.get(file);
        if (ch == null) {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            sources.put(file, ch);
        }
        return ch;
    }

    void flush() throws IOException {
        if (pos > 0) {
            writeFully(ByteBuffer.wrap(arr, 0, pos));
            flushed += pos;
            pos = 0;
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** Flushes and closes the source files (not the output channel). */
    @Override
    public void close() throws IOException {
        IOException first = null;
        try {
            flush();
        } catch (IOException e) {
            first = e;
        }
        for (FileChannel ch : sources.values()) {
            try {
                ch.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        sources.clear();
        if (arr != null) {
            SPARE.get()[0] = arr;
            arr = null;
            pos = 0;
        }
        if (first != null) {
            throw first;
        }
    }
}
