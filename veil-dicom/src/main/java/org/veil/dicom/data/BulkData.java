package org.veil.dicom.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A value left in its file: (file, offset, length), with the byte order and swap unit it was encoded in, so a writer
 * can copy it (zero-copy when no swap is needed) or swap it on the way. Immutable.
 *
 * @param file      the source file
 * @param offset    byte offset of the first value byte
 * @param length    value length in bytes
 * @param bigEndian true when the bytes are big endian (only matters when {@code swapUnit > 1})
 * @param swapUnit  size of the unit to swap for a byte order change (1 for bytes)
 */
public record BulkData(Path file, long offset, long length, boolean bigEndian, int swapUnit) {

    /** Reads the whole value into memory in its source byte order; for small values and tests. */
    public byte[] readAll() throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException(file + " @0x" + Long.toHexString(offset) + ": bulk value of " + length
                    + " bytes is too large to load into memory");
        }
        byte[] out = new byte[(int) length];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            read(ch, 0, out, 0, out.length);
        }
        return out;
    }

    /** Reads {@code n} bytes starting {@code at} bytes into the value, from an open channel on {@link #file()}. */
    public void read(FileChannel ch, long at, byte[] dst, int off, int n) throws IOException {
        if (at < 0 || at + n > length) {
            throw new IndexOutOfBoundsException("read " + n + " at " + at + " of " + length);
        }
        ByteBuffer bb = ByteBuffer.wrap(dst, off, n);
        long p = offset + at;
        while (bb.hasRemaining()) {
            int r = ch.read(bb, p);
            if (r < 0) {
                throw new IOException(file + " @0x" + Long.toHexString(p) + ": file ended inside a bulk value ("
                        + bb.remaining() + " bytes missing); was it changed after reading?");
            }
            p += r;
        }
    }

    /** This value's bytes from {@code from} to {@code from + n} as a new reference. */
    public BulkData slice(long from, long n) {
        if (from < 0 || n < 0 || from + n > length) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + n + " of " + length);
        }
        return new BulkData(file, offset + from, n, bigEndian, swapUnit);
    }
}
