package org.veil.dicom.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.ReadLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;

/**
 * Inflates a Deflated Explicit VR Little Endian data set (raw RFC 1951; a zlib header is accepted too), guarding
 * against deflate bombs with {@link ReadLimits#maxInflatedBytes()} and {@link ReadLimits#maxInflateRatio()}.
 */
final class InflatingStream extends FilterInputStream {
    private static final long RATIO_FLOOR = 1L << 20;

    private final Inflater inflater;
    private final String source;
    private final long start;
    private final ReadLimits limits;
    private final byte[] input = new byte[16 * 1024];
    private long compressed;
    private long inflated;
    private boolean eof;

    InflatingStream(InputStream in, String source, long start, ReadLimits limits) throws IOException {
        super(in);
        this.source = source;
        this.start = start;
        this.limits = limits;
        java.io.PushbackInputStream pb = new java.io.PushbackInputStream(in, 2);
        int b0 = pb.read();
        int b1 = pb.read();
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
        if (b1 >= 0) {
            pb.unread(b1);
        }
        if (b0 >= 0) {
            pb.unread(b0);
        }
        this.in = pb;
        this.inflater = new Inflater(!zlib);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int r = read(one, 0, 1);
        return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (eof) {
            return -1;
        }
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    inflated += n;
                    checkLimits();
                    return n;
                }
                if (inflater.finished() || inflater.needsDictionary()) {
                    eof = true;
                    return -1;
                }
                if (inflater.needsInput()) {
                    int r = in.read(input, 0, input.length);
                    if (r < 0) {
                        throw new DicomFormatException(source, start + compressed, TagPath.ROOT,
                                "deflate stream ends before its final block (" + inflated + " bytes inflated)");
                    }
                    compressed += r;
                    inflater.setInput(input, 0, r);
                }
            }
        } catch (DataFormatException e) {
            throw new DicomFormatException(source, start + compressed, TagPath.ROOT,
                    "broken deflate stream after " + inflated + " inflated bytes: " + e.getMessage(), e);
        }
    }

    private void checkLimits() throws ReadLimitException {
        if (inflated > limits.maxInflatedBytes()) {
            throw new ReadLimitException(source, start + compressed, TagPath.ROOT, "inflated data set exceeds "
                    + "ReadLimits.maxInflatedBytes (" + limits.maxInflatedBytes() + ")");
        }
        if (inflated > RATIO_FLOOR && inflated / Math.max(1, compressed) > limits.maxInflateRatio()) {
            throw new ReadLimitException(source, start + compressed, TagPath.ROOT, "deflate ratio "
                    + inflated / Math.max(1, compressed) + ":1 exceeds ReadLimits.maxInflateRatio ("
                    + limits.maxInflateRatio() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        super.close();
    }
}
