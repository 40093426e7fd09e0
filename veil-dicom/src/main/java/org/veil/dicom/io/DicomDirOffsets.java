package org.veil.dicom.io;

import java.util.HashMap;
import java.util.Map;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;

/**
 * Keeps a DICOMDIR's record offsets true when it is rewritten (PS3.3 F.3.2.1): the offsets of the first and last root
 * records, and of each record's next and lower-level records, are byte offsets of item headers from the start of the
 * file, so any change of length before a record moves it. Records are matched by the offset they were read from;
 * afterwards each record's source offset is its position in the output, so the data set can be written again.
 */
final class DicomDirOffsets {
    private DicomDirOffsets() {
    }

    /**
     * Updates the offset elements in place.
     *
     * @param datasetStart file offset of the first data set byte in the output
     */
    static void update(Dataset ds, long datasetStart, Encoding enc, LengthCalculator lengths) {
        DataElement records = ds.get(Tags.DirectoryRecordSequence);
        if (records == null || records.sequence() == null) {
            return;
        }
        long pos = datasetStart;
        for (int i = 0; i < ds.size() && ds.elementAt(i).tag() != Tags.DirectoryRecordSequence; i++) {
            pos += lengths.element(ds.elementAt(i), enc);
        }
        pos += LengthCalculator.header(records, enc);
        Sequence seq = records.sequence();
        Map<Long, Long> moved = new HashMap<>();
        for (Dataset item : seq) {
            if (item.sourceOffset() >= 0) {
                moved.put(item.sourceOffset(), pos);
            }
            pos += 8 + lengths.content(item, enc) + (lengths.undefined(item) ? 8 : 0);
        }
        if (moved.isEmpty()) {
            return;
        }
        remap(ds, Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, moved);
        remap(ds, Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, moved);
        for (Dataset item : seq) {
            remap(item, Tags.OffsetOfTheNextDirectoryRecord, moved);
            remap(item, Tags.OffsetOfReferencedLowerLevelDirectoryEntity, moved);
            item.sourceOffset(moved.getOrDefault(item.sourceOffset(), item.sourceOffset()));
        }
    }

    private static void remap(Dataset ds, int tag, Map<Long, Long> moved) {
        DataElement e = ds.get(tag);
        if (e == null || e.vr() != VR.UL || e.bytes() == null || e.bytes().length != 4) {
            return;
        }
        byte[] b = e.bytes();
        long old = (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
        Long now = moved.get(old);
        if (now != null && now != old) {
            long v = now;
            ds.put(e.withBytes(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)}));
        }
    }
}
