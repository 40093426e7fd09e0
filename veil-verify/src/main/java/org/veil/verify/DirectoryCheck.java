package org.veil.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * A DICOMDIR in the delivery is checked like the files it describes: every Referenced File ID (0004,1500) must name a
 * file of the delivery (relative to the DICOMDIR's folder, not leaving it), Referenced SOP Instance UID in File
 * (0004,1511) must be that file's SOP Instance UID, and every other plain attribute the record has must equal the
 * file's non-empty value (same pseudonyms, UIDs and dates). Values it must not hold are found by the byte search like
 * in any output.
 */
final class DirectoryCheck {

    private DirectoryCheck() {
    }

    /** True for a data set with directory records. */
    static boolean applies(Dataset ds) {
        return ds.contains(Tags.DirectoryRecordSequence);
    }

    static void check(String output, Path file, Dataset ds, List<Finding> findings) {
        Sequence records = ds.get(Tags.DirectoryRecordSequence).sequence();
        if (records == null) {
            return;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (int i = 0; i < records.size(); i++) {
            Dataset r = records.get(i);
            String[] parts = DatasetView.of(r).strings(Tags.ReferencedFileID);
            if (parts.length == 0) {
                continue;
            }
            String where = TagPath.ROOT.child(Tags.DirectoryRecordSequence).item(i).child(Tags.ReferencedFileID)
                    .toString();
            Path target = resolve(folder, parts);
            if (target == null || !Files.isRegularFile(target)) {
                findings.add(new Finding(Finding.Kind.DIRECTORY_MISMATCH, output, where,
                        "the record names a file that is not in the delivery"));
                continue;
            }
            compare(output, i, r, target, findings);
        }
    }

    private static Path resolve(Path folder, String[] parts) {
        Path p = folder;
        for (String part : parts) {
            String s = part.strip();
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/")) {
                return null;
            }
            p = p.resolve(s);
        }
        return p.normalize().startsWith(folder) ? p : null;
    }

    private static void compare(String output, int index, Dataset record, Path target, List<Finding> findings) {
        DicomFile f;
        try {
            f = DicomReader.read(target, ReadLimits.DEFAULT);
        } catch (IOException e) {
            findings.add(new Finding(Finding.Kind.DIRECTORY_MISMATCH, output, "(0004,1220)[" + index + "]",
                    "the file the record names cannot be read as DICOM"));
            return;
        }
        Dataset ds = f.dataset();
        String inst = DatasetView.of(ds).string(Tags.SOPInstanceUID);
        if (inst == null && f.fileMeta() != null) {
            inst = DatasetView.of(f.fileMeta()).string(Tags.MediaStorageSOPInstanceUID);
        }
        String named = DatasetView.of(record).string(Tags.ReferencedSOPInstanceUIDInFile);
        TagPath item = TagPath.ROOT.child(Tags.DirectoryRecordSequence).item(index);
        if (named != null && !named.equals(inst)) {
            findings.add(new Finding(Finding.Kind.DIRECTORY_MISMATCH, output,
                    item.child(Tags.ReferencedSOPInstanceUIDInFile).toString(),
                    "Referenced SOP Instance UID in File differs from the file's SOP Instance UID"));
        }
        for (DataElement e : record) {
            int tag = e.tag();
            DataElement o = ds.get(tag);
            if (Tag.group(tag) == 0x0004 || tag == Tags.SpecificCharacterSet || e.isSequence() || o == null
                    || o.bytes() == null
                    || o.bytes().length == 0 || o.isSequence() || e.bytes() == null) {
                continue;
            }
            if (!DatasetView.of(record).text(tag).equals(DatasetView.of(ds).text(tag))) {
                findings.add(new Finding(Finding.Kind.DIRECTORY_MISMATCH, output, item.child(tag).toString(),
                        "the record's value differs from the file's"));
            }
        }
    }
}
