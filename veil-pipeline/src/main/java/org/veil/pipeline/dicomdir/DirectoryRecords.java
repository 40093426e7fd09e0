package org.veil.pipeline.dicomdir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;

/**
 * The record tree of a DICOMDIR as read: records are items of Directory Record Sequence (0004,1220) linked by byte
 * offsets (next record (0004,1400), first lower-level record (0004,1420), first and last root records
 * (0004,1200/1202)). Removing a record relinks its neighbours to its successor by the offsets the records were read
 * from, which the writer turns into output offsets; a directory without offsets (all zero) is treated as flat.
 */
final class DirectoryRecords {
    private final Dataset root;
    private final Sequence records;
    private final Map<Long, Dataset> byOffset = new HashMap<>();

    private DirectoryRecords(Dataset root, Sequence records) {
        this.root = root;
        this.records = records;
        for (Dataset item : records) {
            if (item.sourceOffset() > 0) {
                byOffset.put(item.sourceOffset(), item);
            }
        }
    }

    /** The records of a DICOMDIR data set, or null when it has none. */
    static DirectoryRecords of(Dataset ds) {
        DataElement e = ds.get(Tags.DirectoryRecordSequence);
        return e == null || e.sequence() == null ? null : new DirectoryRecords(ds, e.sequence());
    }

    /** Every record, in file order (a copy). */
    List<Dataset> all() {
        return new ArrayList<>(records.items());
    }

    /** The records directly below {@code record}, in order. */
    List<Dataset> children(Dataset record) {
        List<Dataset> out = new ArrayList<>();
        Dataset c = byOffset.get(offset(record, Tags.OffsetOfReferencedLowerLevelDirectoryEntity));
        while (c != null && out.size() <= records.size()) {
            out.add(c);
            c = byOffset.get(offset(c, Tags.OffsetOfTheNextDirectoryRecord));
        }
        return out;
    }

    /** Removes a record from the sequence and relinks whatever pointed at it to its next record. */
    void remove(Dataset record) {
        long at = record.sourceOffset();
        long next = offset(record, Tags.OffsetOfTheNextDirectoryRecord);
        if (at > 0) {
            Dataset previous = null;
            relink(root, Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, at, next);
            for (Dataset item : records) {
                relink(item, Tags.OffsetOfReferencedLowerLevelDirectoryEntity, at, next);
                if (offset(item, Tags.OffsetOfTheNextDirectoryRecord) == at) {
                    previous = item;
                    relink(item, Tags.OffsetOfTheNextDirectoryRecord, at, next);
                }
            }
            relink(root, Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, at,
                    previous == null ? 0 : previous.sourceOffset());
            byOffset.remove(at);
        }
        List<Dataset> items = records.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == record) {
                records.remove(i);
                break;
            }
        }
    }

    private static void relink(Dataset ds, int tag, long from, long to) {
        if (offset(ds, tag) == from) {
            DataElement e = ds.get(tag);
            ds.put(e.withBytes(new byte[] {(byte) to, (byte) (to >>> 8), (byte) (to >>> 16), (byte) (to >>> 24)}));
        }
    }

    /** An offset element's value, 0 when absent or malformed. */
    static long offset(Dataset ds, int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.vr() != VR.UL || e.bytes() == null || e.bytes().length != 4) {
            return 0;
        }
        byte[] b = e.bytes();
        return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
    }
}
