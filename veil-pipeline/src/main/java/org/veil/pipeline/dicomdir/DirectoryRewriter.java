package org.veil.pipeline.dicomdir;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.deid.engine.Change;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;

/**
 * Rewrites a de-identified DICOMDIR for the delivery it is written into (at the output root):
 * <ol>
 *   <li>each Referenced File ID (0004,1500) is resolved against the input folder of the DICOMDIR and replaced by the
 *       output name of that input, as components (PS3.10 8.5); a record whose file is not in the delivery is removed,
 *       with the records below it, and counted (change {@value #REMOVED});</li>
 *   <li>a record that had lower-level records and has none left is removed too (an empty patient, study or
 *       series);</li>
 *   <li>every remaining record takes, for each attribute it has, the value of the output file it describes (for a
 *       patient, study or series record: of its first file below), so records and images carry the same pseudonyms,
 *       UIDs and dates; Referenced SOP Class/Instance/Transfer Syntax UID in File follow the output file.</li>
 * </ol>
 * Stateless.
 */
public final class DirectoryRewriter {
    /** Change code of a removed record. */
    public static final String REMOVED = "dicomdir-record-removed";
    /** Change code of a rewritten Referenced File ID. */
    public static final String REWRITTEN = "dicomdir-file-id";
    private static final String MEDIA_DIRECTORY_CLASS = "1.2.840.10008.1.3.10";

    private final DirectoryFiles files;

    public DirectoryRewriter(DirectoryFiles files) {
        this.files = files;
    }

    /** True for a DICOMDIR (Media Storage Directory Storage, or a data set with directory records). */
    public static boolean isDirectory(Dataset meta, Dataset ds) {
        String cls = meta == null ? null : DatasetView.of(meta).string(Tags.MediaStorageSOPClassUID);
        return MEDIA_DIRECTORY_CLASS.equals(cls == null ? null : cls.strip())
                || ds.contains(Tags.DirectoryRecordSequence);
    }

    /**
     * Rewrites {@code ds} in place.
     *
     * @param folder the DICOMDIR's folder relative to the input root ({@code /} separators, empty for the root)
     * @return the changes made (removed records, rewritten file IDs), without any value
     */
    public List<Change> rewrite(Dataset ds, String folder) throws IOException {
        DirectoryRecords records = DirectoryRecords.of(ds);
        List<Change> changes = new ArrayList<>();
        if (records == null) {
            return changes;
        }
        List<Dataset> all = records.all();
        Map<Dataset, Boolean> hadChildren = new IdentityHashMap<>();
        for (Dataset r : all) {
            hadChildren.put(r, !records.children(r).isEmpty());
        }
        Map<Dataset, DicomFile> outputs = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Dataset r = all.get(i);
            String id = String.join("\\", DatasetView.of(r).strings(Tags.ReferencedFileID));
            if (id.isBlank() || !present(records, r)) {
                continue;
            }
            String name = resolve(folder, id);
            String out = name == null ? null : files.outputOf(name);
            DicomFile file = out == null ? null : files.readOutput(out);
            if (file == null) {
                removeTree(records, r, changes, all);
                continue;
            }
            DatasetView.of(r).putString(Tags.ReferencedFileID, VR.CS, out.replace('/', '\\'));
            changes.add(new Change(path(i, Tags.ReferencedFileID), REWRITTEN,
                    "Referenced File ID names the output file"));
            outputs.put(r, file);
            fromFile(r, file);
        }
        prune(records, hadChildren, changes, all);
        for (Dataset r : records.all()) {
            if (!outputs.containsKey(r)) {
                DicomFile below = firstFileBelow(records, r, outputs);
                if (below != null) {
                    copyValues(r, below.dataset());
                }
            }
        }
        return changes;
    }

    /** The input path a Referenced File ID names, or null when it leaves the input folder. */
    static String resolve(String folder, String fileId) {
        StringBuilder sb = new StringBuilder(folder == null ? "" : folder);
        for (String c : fileId.split("\\\\")) {
            String part = c.strip();
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("/")) {
                return null;
            }
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    private static boolean present(DirectoryRecords records, Dataset r) {
        return records.all().stream().anyMatch(x -> x == r);
    }

    /**
     * Removes a record and every record below it, lowest first, each once: iterative, and a hostile directory whose
     * records link in a cycle ends (each record is visited once).
     */
    private void removeTree(DirectoryRecords records, Dataset top, List<Change> changes, List<Dataset> all) {
        Set<Dataset> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Dataset> open = new ArrayDeque<>();
        Deque<Iterator<Dataset>> below = new ArrayDeque<>();
        seen.add(top);
        open.push(top);
        below.push(records.children(top).iterator());
        while (!open.isEmpty()) {
            Iterator<Dataset> next = below.peek();
            if (next.hasNext()) {
                Dataset c = next.next();
                if (seen.add(c)) {
                    open.push(c);
                    below.push(records.children(c).iterator());
                }
                continue;
            }
            below.pop();
            Dataset r = open.pop();
            records.remove(r);
            changes.add(new Change(path(indexOf(all, r), Tags.DirectoryRecordSequence), REMOVED,
                    "the record's file is not in the delivery (or nothing below it is)"));
        }
    }

    private void prune(DirectoryRecords records, Map<Dataset, Boolean> hadChildren, List<Change> changes,
                       List<Dataset> all) {
        boolean again = true;
        while (again) {
            again = false;
            for (Dataset r : records.all()) {
                boolean file = r.contains(Tags.ReferencedFileID);
                if (!file && hadChildren.get(r) && records.children(r).isEmpty()) {
                    removeTree(records, r, changes, all);
                    again = true;
                }
            }
        }
    }

    /** The output file of the first record below {@code top} (depth first, in order) that has one, or null. */
    private static DicomFile firstFileBelow(DirectoryRecords records, Dataset top, Map<Dataset, DicomFile> outputs) {
        Set<Dataset> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Iterator<Dataset>> below = new ArrayDeque<>();
        seen.add(top);
        below.push(records.children(top).iterator());
        while (!below.isEmpty()) {
            Iterator<Dataset> next = below.peek();
            if (!next.hasNext()) {
                below.pop();
                continue;
            }
            Dataset c = next.next();
            if (outputs.containsKey(c)) {
                if (outputs.get(c) != null) {
                    return outputs.get(c);
                }
            } else if (seen.add(c)) {
                below.push(records.children(c).iterator());
            }
        }
        return null;
    }

    private static void fromFile(Dataset record, DicomFile file) {
        copyValues(record, file.dataset());
        DatasetView out = DatasetView.of(file.dataset());
        DatasetView meta = DatasetView.of(file.fileMeta() == null ? new Dataset() : file.fileMeta());
        DatasetView rv = DatasetView.of(record);
        String cls = first(out.string(Tags.SOPClassUID), meta.string(Tags.MediaStorageSOPClassUID));
        String inst = first(out.string(Tags.SOPInstanceUID), meta.string(Tags.MediaStorageSOPInstanceUID));
        if (cls != null) {
            rv.putString(Tags.ReferencedSOPClassUIDInFile, VR.UI, cls);
        }
        if (inst != null) {
            rv.putString(Tags.ReferencedSOPInstanceUIDInFile, VR.UI, inst);
        }
        if (file.transferSyntax() != null) {
            rv.putString(Tags.ReferencedTransferSyntaxUIDInFile, VR.UI, file.transferSyntax().uid());
        }
    }

    /**
     * Each attribute the record has takes the output file's value (plain values only, not group 0004); an empty value
     * of the file does not replace the record's (a record key may be Type 1 where the image's attribute is Type 2).
     */
    private static void copyValues(Dataset record, Dataset output) {
        for (DataElement e : new ArrayList<>(record.elements())) {
            int tag = e.tag();
            if (Tag.group(tag) == 0x0004 || tag == Tags.SpecificCharacterSet || e.isSequence()) {
                continue;
            }
            DataElement o = output.get(tag);
            if (o != null && o.bytes() != null && o.bytes().length > 0 && !o.isSequence()) {
                record.put(DataElement.of(tag, o.vr(), o.bytes()));
            }
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null || b.isBlank() ? null : b.strip();
    }

    private static int indexOf(List<Dataset> all, Dataset r) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    private static TagPath path(int index, int tag) {
        TagPath seq = TagPath.ROOT.child(Tags.DirectoryRecordSequence);
        return tag == Tags.DirectoryRecordSequence ? seq.item(Math.max(index, 0))
                : seq.item(Math.max(index, 0)).child(tag);
    }
}
