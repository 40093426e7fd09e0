package org.veil.dicom.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A buffered byte source that knows its absolute position: a seekable file channel (positional reads, bulk values can be
 * skipped) or a plain stream. Not thread-safe. Multi-byte reads take the byte order as a flag so the hot path has no
 * virtual calls.
 */
final class ByteInput implements Closeable {
    static final int BUFFER = 32 * 1024;

    private final FileChannel channel;
    private final InputStream stream;
    private final long size;
    private byte[] buf;
    private int pos;
    private int len;
    private long bufStart;

    private ByteInput(FileChannel channel, InputStream stream, long size, long start, byte[] buf) {
        this.buf = buf;
        this.channel = channel;
        this.stream = stream;
        this.size = size;
        this.bufStart = start;
    }

    static ByteInput of(FileChannel channel) throws IOException {
        return new ByteInput(channel, null, channel.size(), 0, new byte[BUFFER]);
    }

    /** A file source whose first bytes and size were read already (they are not read again). */
    static ByteInput of(FileChannel channel, FileHead head) {
        // the head's buffer is kept when it is full size or holds the whole file (nothing more to read into it)
        boolean keep = head.bytes().length >= BUFFER || head.length() == head.size();
        byte[] buf = keep ? head.bytes() : new byte[BUFFER];
        if (!keep) {
            System.arraycopy(head.bytes(), 0, buf, 0, head.length());
        }
        ByteInput in = new ByteInput(channel, null, head.size(), 0, buf);
        in.len = head.length();
        return in;
    }

    /** A stream source; {@code start} is the absolute position of its first byte (for messages). */
    static ByteInput of(InputStream stream, long start) {
        return new ByteInput(null, stream, -1, start, new byte[BUFFER]);
    }

    boolean seekable() {
        return channel != null;
    }

    FileChannel channel() {
        return channel;
    }

    long position() {
        return bufStart + pos;
    }

    /** Bytes left before the end of a file, or {@link Long#MAX_VALUE} for a stream. */
    long remaining() {
        return size < 0 ? Long.MAX_VALUE : size - position();
    }

    /** Makes at least {@code n} bytes (n ≤ buffer size) available when the source has them; returns how many are. */
    int ensure(int n) throws IOException {
        int avail = len - pos;
        if (avail >= n) {
            return avail;
        }
        if (n > buf.length) {
            byte[] bigger = new byte[Math.max(n, buf.length * 2)];
            System.arraycopy(buf, pos, bigger, 0, avail);
            buf = bigger;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, avail);
        }
        bufStart += pos;
        pos = 0;
        len = avail;
        while (len < n) {
            int r = fill(buf, len, buf.length - len);
            if (r < 0) {
                break;
            }
            len += r;
        }
        return len;
    }

    private int fill(byte[] b, int off, int n) throws IOException {
        if (channel != null) {
            if (bufStart + len >= size) {
                return -1; // at the end of the file as opened: no read needed to learn it
            }
            int r = channel.read(ByteBuffer.wrap(b, off, n), bufStart + len);
            return r == 0 ? -1 : r;
        }
        return stream.read(b, off, n);
    }

    boolean atEnd() throws IOException {
        return ensure(1) < 1;
    }

    /** Peeks at a byte {@code ahead} positions from the current one; -1 past the end. */
    int peek(int ahead) throws IOException {
        return ensure(ahead + 1) > ahead ? buf[pos + ahead] & 0xFF : -1;
    }

    int u16(boolean bigEndian) throws IOException {
        require(2);
        int a = buf[pos] & 0xFF;
        int b = buf[pos + 1] & 0xFF;
        pos += 2;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    int i32(boolean bigEndian) throws IOException {
        require(4);
        int a = buf[pos] & 0xFF;
        int b = buf[pos + 1] & 0xFF;
        int c = buf[pos + 2] & 0xFF;
        int d = buf[pos + 3] & 0xFF;
        pos += 4;
        return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
    }

    /** Reads a tag: group and element each in the given byte order. */
    int tag(boolean bigEndian) throws IOException {
        int g = u16(bigEndian);
        return g << 16 | u16(bigEndian);
    }

    private void require(int n) throws IOException {
        if (len - pos < n && ensure(n) < n) {
            throw new EOFException("end of input: " + n + " bytes needed, " + (len - pos) + " left");
        }
    }

    void readFully(byte[] dst, int off, int n) throws IOException {
        int avail = len - pos;
        if (avail >= n) {
            System.arraycopy(buf, pos, dst, off, n);
            pos += n;
            return;
        }
        System.arraycopy(buf, pos, dst, off, avail);
        pos = len;
        int done = avail;
        while (done < n) {
            if (n - done < buf.length / 2) {
                int got = ensure(n - done);
                int take = Math.min(got, n - done);
                if (take <= 0) {
                    throw new EOFException("end of input: " + (n - done) + " more bytes needed");
                }
                System.arraycopy(buf, pos, dst, off + done, take);
                pos += take;
                done += take;
            } else {
                bufStart += len;
                pos = 0;
                len = 0;
                int r = fill(dst, off + done, n - done);
                if (r < 0) {
                    throw new EOFException("end of input: " + (n - done) + " more bytes needed");
                }
                bufStart += r;
                done += r;
            }
        }
    }

    /** Skips n bytes; on a file this is a seek, on a stream bytes are read and dropped. */
    void skip(long n) throws IOException {
        long avail = len - pos;
        if (n <= avail) {
            pos += (int) n;
            return;
        }
        if (channel != null) {
            if (position() + n > size) {
                throw new EOFException("end of input: cannot skip " + n + " bytes");
            }
            bufStart = position() + n;
            pos = 0;
            len = 0;
            return;
        }
        long left = n - avail;
        bufStart += len;
        pos = 0;
        len = 0;
        while (left > 0) {
            int r = stream.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new EOFException("end of input: cannot skip " + left + " more bytes");
            }
            bufStart += r;
            left -= r;
        }
    }

    /** Rest of a stream after the bytes already buffered (for switching to an inflating view). */
    InputStream remainingStream() throws IOException {
        byte[] head = java.util.Arrays.copyOfRange(buf, pos, len);
        InputStream rest = channel != null ? java.nio.channels.Channels.newInputStream(channel.position(bufStart + len))
                : stream;
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), rest);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            if (!SourceChannels.held(channel)) { // kept open for the writer's bulk copy, closed by its hold
                channel.close();
            }
        } else {
            stream.close();
        }
    }
}
