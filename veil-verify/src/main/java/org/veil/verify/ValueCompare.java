package org.veil.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetComparator;
import org.veil.dicom.data.Fragments;

/**
 * Content equality of two elements. Values left in their files in the same byte order (native pixel data, or the
 * whole encoded extent of unchanged encapsulated pixel data) are compared through memory-mapped regions, which is
 * what keeps verification close to the speed of a copy; anything else goes through {@link DatasetComparator}.
 */
final class ValueCompare {
    private static final long MAX_MAPPED = Integer.MAX_VALUE;
    private final DatasetComparator comparator = new DatasetComparator(DatasetComparator.VrCheck.IMPLICIT_EQUIVALENT,
            1);

    boolean same(DataElement a, DataElement b) {
        if (a.bytes() != null && b.bytes() != null) {
            return paddedEqual(a.bytes(), b.bytes(), a.vr().paddingByte());
        }
        BulkData x = region(a);
        BulkData y = region(b);
        if (x != null && y != null && x.bigEndian() == y.bigEndian() && x.length() <= MAX_MAPPED) {
            return x.length() == y.length() && mappedEqual(x, y);
        }
        if (a.fragments() != null && b.fragments() != null) {
            return sameFragments(a.fragments(), b.fragments());
        }
        Dataset dx = new Dataset();
        dx.put(a);
        Dataset dy = new Dataset();
        dy.put(b);
        return comparator.differences(dx, dy).isEmpty();
    }

    /** Equal after padding an odd length with the VR's padding byte (PS3.5 7.1.1). */
    static boolean paddedEqual(byte[] a, byte[] b, byte pad) {
        int la = a.length + (a.length & 1);
        int lb = b.length + (b.length & 1);
        if (la != lb) {
            return false;
        }
        int common = Math.min(a.length, b.length);
        if (!Arrays.equals(a, 0, common, b, 0, common)) {
            return false;
        }
        byte[] longer = a.length > b.length ? a : b;
        return longer.length == common || longer[common] == pad;
    }

    /** Item by item, each file opened once (a multi-frame image may have thousands of fragments). */
    private static boolean sameFragments(Fragments a, Fragments b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<Path, FileChannel> open = new HashMap<>();
        try {
            for (int i = 0; i < a.size(); i++) {
                if (a.length(i) != b.length(i) || !Arrays.equals(bytes(a.get(i), open), bytes(b.get(i), open))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (FileChannel ch : open.values()) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // read-only channel: nothing to lose
                }
            }
        }
    }

    private static byte[] bytes(Object item, Map<Path, FileChannel> open) throws IOException {
        if (item instanceof byte[] b) {
            return b;
        }
        BulkData bulk = (BulkData) item;
        FileChannel ch = open.get(bulk.file());
        if (ch == null) {
            ch = FileChannel.open(bulk.file(), StandardOpenOption.READ);
            open.put(bulk.file(), ch);
        }
        byte[] out = new byte[(int) bulk.length()];
        bulk.read(ch, 0, out, 0, out.length);
        return out;
    }

    private static BulkData region(DataElement e) {
        if (e.bulk() != null) {
            return e.bulk();
        }
        return e.fragments() != null ? e.fragments().region() : null;
    }

    private static boolean mappedEqual(BulkData x, BulkData y) {
        try (FileChannel a = FileChannel.open(x.file(), StandardOpenOption.READ);
             FileChannel b = FileChannel.open(y.file(), StandardOpenOption.READ)) {
            MappedByteBuffer ma = a.map(FileChannel.MapMode.READ_ONLY, x.offset(), x.length());
            MappedByteBuffer mb = b.map(FileChannel.MapMode.READ_ONLY, y.offset(), y.length());
            return ma.mismatch(mb) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
