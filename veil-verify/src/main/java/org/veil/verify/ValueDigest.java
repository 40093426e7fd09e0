package org.veil.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.veil.dicom.ByteSwap;
import org.veil.dicom.Tag;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.data.TreeLevel;

/**
 * A 128-bit content digest (SHA-256, truncated) of an element's value, so that verification can keep what it must
 * compare of each input in a few bytes and compare its output without holding either value. Two values have the same
 * digest when their contents are equal after padding an odd length with the input VR's padding byte (PS3.5 7.1.1):
 * whether held in memory or left in the file, in either byte order (read little endian); fragments item by item;
 * sequences item by item and element by element (group lengths ignored, VRs not compared). Values left in their file
 * are read in chunks into one reused buffer, in constant memory whatever their size. Not thread-safe: one per thread.
 */
final class ValueDigest {
    /** Bytes of a digest. */
    static final int LENGTH = 16;
    private static final int CHUNK = 256 * 1024;

    private final MessageDigest md;
    private final byte[] eight = new byte[8];
    private final Items items = new Items();
    private byte[] buffer;
    private byte[] other;

    ValueDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }

    /** The digest of {@code e}'s value, odd lengths padded with {@code pad}. */
    byte[] of(DataElement e, byte pad) throws IOException {
        md.reset();
        value(e, pad);
        return Arrays.copyOf(md.digest(), LENGTH);
    }

    private void value(DataElement e, byte pad) throws IOException {
        if (e.sequence() != null) {
            sequence(e.sequence());
        } else if (e.fragments() != null) {
            fragments(e.fragments());
        } else if (e.bulk() != null) {
            bytesHeader(e.bulk().length());
            bulk(e.bulk());
            padding(e.bulk().length(), pad);
        } else {
            byte[] b = e.bytes() == null ? new byte[0] : e.bytes();
            bytesHeader(b.length);
            md.update(b);
            padding(b.length, pad);
        }
    }

    private void bytesHeader(long length) {
        md.update((byte) 'B');
        number(length + (length & 1));
    }

    private void padding(long length, byte pad) {
        if ((length & 1) != 0) {
            md.update(pad);
        }
    }

    private void fragments(Fragments f) throws IOException {
        md.update((byte) 'F');
        Map<Path, FileChannel> open = new HashMap<>();
        try {
            for (Object item : f.items()) {
                md.update((byte) 'I');
                if (item instanceof byte[] b) {
                    number(b.length);
                    md.update(b);
                } else {
                    BulkData bulk = (BulkData) item;
                    number(bulk.length());
                    FileChannel ch = open.get(bulk.file());
                    if (ch == null) {
                        ch = FileChannel.open(bulk.file(), StandardOpenOption.READ);
                        open.put(bulk.file(), ch);
                    }
                    stream(bulk, ch);
                }
            }
        } finally {
            for (FileChannel ch : open.values()) {
                ch.close();
            }
        }
        md.update((byte) 'E');
    }

    /**
     * The digest of encapsulated pixel data given by its encoded extent in a file ({@link Fragments#region()}: items
     * and sequence delimiter, little endian): equal to {@link #of} of the same fragments.
     */
    byte[] ofRegion(BulkData region) throws IOException {
        md.reset();
        md.update((byte) 'F');
        byte[] header = new byte[8];
        try (FileChannel ch = FileChannel.open(region.file(), StandardOpenOption.READ)) {
            long at = 0;
            while (at + 8 <= region.length()) {
                region.read(ch, at, header, 0, 8);
                int tag = (header[0] & 0xFF) << 16 | (header[1] & 0xFF) << 24 | (header[2] & 0xFF)
                        | (header[3] & 0xFF) << 8;
                long len = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16
                        | (header[7] & 0xFFL) << 24;
                if (tag != Tags.Item || at + 8 + len > region.length()) {
                    break;
                }
                md.update((byte) 'I');
                number(len);
                stream(region.slice(at + 8, len), ch);
                at += 8 + len;
            }
        }
        md.update((byte) 'E');
        return Arrays.copyOf(md.digest(), LENGTH);
    }

    private void sequence(Sequence s) throws IOException {
        md.update((byte) 'S');
        number(s.size());
        for (int i = 0; i < s.size(); i++) {
            md.update((byte) 'I');
            DatasetWalker.walk(s.get(i), items);
            md.update((byte) 'E');
        }
    }

    /** Feeds the elements of an item, and of the items below it, to the digest (one walk, no recursion). */
    private final class Items implements DatasetVisitor<IOException> {
        @Override
        public Descend element(DataElement e, TreeLevel at) throws IOException {
            if (Tag.isGroupLength(e.tag())) {
                return Descend.PAST_ITEMS;
            }
            number(e.tag());
            if (e.sequence() == null) {
                value(e, e.vr().paddingByte());
                return Descend.PAST_ITEMS;
            }
            md.update((byte) 'S');
            number(e.sequence().size());
            return Descend.INTO_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) {
            md.update((byte) 'I');
        }

        @Override
        public void endDataset(TreeLevel level) {
            if (level.depth() > 0) {
                md.update((byte) 'E');
            }
        }
    }

    private void bulk(BulkData b) throws IOException {
        try (FileChannel ch = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            stream(b, ch);
        }
    }

    /** Streams a value left in its file through the digest in chunks, swapped to little endian when needed. */
    private void stream(BulkData b, FileChannel ch) throws IOException {
        if (buffer == null) {
            buffer = new byte[CHUNK];
        }
        boolean swap = b.bigEndian() && b.swapUnit() > 1;
        for (long at = 0; at < b.length(); ) {
            int n = (int) Math.min(buffer.length, b.length() - at);
            b.read(ch, at, buffer, 0, n);
            if (swap) {
                ByteSwap.swap(buffer, 0, n, b.swapUnit());
            }
            md.update(buffer, 0, n);
            at += n;
        }
    }

    /**
     * True when two values left in their files (in the same byte order) have the same bytes: read chunk by chunk into
     * two reused buffers and compared, which is faster than hashing both.
     */
    boolean sameBytes(BulkData a, BulkData b) throws IOException {
        if (a.length() != b.length()) {
            return false;
        }
        if (buffer == null) {
            buffer = new byte[CHUNK];
        }
        if (other == null) {
            other = new byte[CHUNK];
        }
        try (FileChannel x = FileChannel.open(a.file(), StandardOpenOption.READ);
             FileChannel y = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            for (long at = 0; at < a.length(); ) {
                int n = (int) Math.min(CHUNK, a.length() - at);
                a.read(x, at, buffer, 0, n);
                b.read(y, at, other, 0, n);
                if (Arrays.mismatch(buffer, 0, n, other, 0, n) >= 0) {
                    return false;
                }
                at += n;
            }
        }
        return true;
    }

    private void number(long v) {
        for (int i = 0; i < 8; i++) {
            eight[i] = (byte) (v >>> (8 * i));
        }
        md.update(eight);
    }
}
