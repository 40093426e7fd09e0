package org.veil.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Searches a whole file's bytes for needles in constant memory, in 64 KiB chunks, jumping over the given ranges
 * (image pixel data). A deflated data set is searched inflated, from {@code inflateFrom} on.
 */
final class FileSearch {
    private static final int CHUNK = 64 * 1024;

    private FileSearch() {
    }

    /** Returns the number of bytes searched. */
    static long search(Path file, List<ByteRange> skip, long inflateFrom, StreamScan scan) throws IOException {
        if (inflateFrom >= 0) {
            return searchDeflated(file, inflateFrom, skip, scan);
        }
        long searched = 0;
        byte[] buf = new byte[CHUNK];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long at = 0;
            int next = 0;
            List<ByteRange> ranges = skip.stream().sorted((a, b) -> Long.compare(a.from(), b.from())).toList();
            while (at < size) {
                while (next < ranges.size() && ranges.get(next).from() + ranges.get(next).length() <= at) {
                    next++;
                }
                if (next < ranges.size() && ranges.get(next).from() <= at) {
                    long end = Math.min(size, ranges.get(next).from() + ranges.get(next).length());
                    scan.skip(end - at);
                    at = end;
                    continue;
                }
                long limit = next < ranges.size() ? Math.min(size, ranges.get(next).from()) : size;
                int n = (int) Math.min(CHUNK, limit - at);
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                int r = ch.read(bb, at);
                if (r <= 0) {
                    break;
                }
                scan.feed(buf, 0, r);
                at += r;
                searched += r;
            }
        }
        scan.finish();
        return searched;
    }

    private static long searchDeflated(Path file, long inflateFrom, List<ByteRange> skip, StreamScan scan)
            throws IOException {
        long searched = 0;
        byte[] buf = new byte[CHUNK];
        Inflater inflater = new Inflater(true);
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes((int) inflateFrom);
            searched += feed(scan, head, head.length, skip);
            try (InputStream in = new InflaterInputStream(raw, inflater, CHUNK)) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    searched += feed(scan, buf, n, skip);
                }
            }
        } finally {
            inflater.end();
        }
        scan.finish();
        return searched;
    }

    /** Feeds a chunk that starts at the scan's position, skipping the parts inside the ranges. */
    private static long feed(StreamScan scan, byte[] buf, int n, List<ByteRange> skip) {
        long fed = 0;
        int i = 0;
        while (i < n) {
            long at = scan.position();
            ByteRange inside = null;
            long nextStart = Long.MAX_VALUE;
            for (ByteRange r : skip) {
                if (r.from() <= at && at < r.from() + r.length()) {
                    inside = r;
                } else if (r.from() > at) {
                    nextStart = Math.min(nextStart, r.from());
                }
            }
            int take = (int) Math.min(n - i, inside != null ? inside.from() + inside.length() - at : nextStart - at);
            if (inside != null) {
                scan.skip(take);
            } else {
                scan.feed(buf, i, take);
                fed += take;
            }
            i += take;
        }
        return fed;
    }
}
