package org.veil.dicom.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.veil.dicom.ByteSwap;
import org.veil.dicom.VR;

/**
 * Content equality of values held in memory or left in files, in bounded memory: chunks are compared in little
 * endian byte order, after padding odd lengths with the VR's padding byte.
 */
final class ValueContent {
    private static final int CHUNK = 64 * 1024;

    private ValueContent() {
    }

    static boolean equal(DataElement a, DataElement b) {
        return equal(a.bytes() != null ? a.bytes() : a.bulk(), b.bytes() != null ? b.bytes() : b.bulk(), a.vr());
    }

    /** Each of {@code a} and {@code b} is a {@code byte[]} or a {@link BulkData}. */
    static boolean equal(Object a, Object b, VR vr) {
        long la = length(a);
        long lb = length(b);
        if (la + (la & 1) != lb + (lb & 1)) {
            return false;
        }
        try (Reader ra = new Reader(a, vr); Reader rb = new Reader(b, vr)) {
            long padded = la + (la & 1);
            for (long at = 0; at < padded; at += CHUNK) {
                int n = (int) Math.min(CHUNK, padded - at);
                if (!Arrays.equals(ra.chunk(at, n), 0, n, rb.chunk(at, n), 0, n)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long length(Object o) {
        return o instanceof byte[] b ? b.length : ((BulkData) o).length();
    }

    /** Reads chunks of a value, little endian, padded. */
    private static final class Reader implements AutoCloseable {
        private final byte[] bytes;
        private final BulkData bulk;
        private final FileChannel channel;
        private final byte pad;
        private final byte[] buf = new byte[CHUNK];

        Reader(Object value, VR vr) throws IOException {
            this.bytes = value instanceof byte[] b ? b : null;
            this.bulk = value instanceof BulkData b ? b : null;
            this.channel = bulk == null ? null : FileChannel.open(bulk.file(), StandardOpenOption.READ);
            this.pad = vr.paddingByte();
        }

        byte[] chunk(long at, int n) throws IOException {
            long len = bytes != null ? bytes.length : bulk.length();
            int real = (int) Math.max(0, Math.min(n, len - at));
            if (bytes != null) {
                System.arraycopy(bytes, (int) at, buf, 0, real);
            } else {
                bulk.read(channel, at, buf, 0, real);
                if (bulk.bigEndian() && bulk.swapUnit() > 1) {
                    ByteSwap.swap(buf, 0, real, bulk.swapUnit());
                }
            }
            Arrays.fill(buf, real, n, pad);
            return buf;
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
