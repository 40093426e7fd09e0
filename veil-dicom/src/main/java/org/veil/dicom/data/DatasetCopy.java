package org.veil.dicom.data;

/**
 * Deep copies of data sets: items are copied at every depth, values are shared (byte arrays are never modified in
 * place by Veil, bulk references are immutable; fragments are copied item by item).
 */
public final class DatasetCopy {
    private DatasetCopy() {
    }

    /** A deep copy of {@code ds} whose parent is {@code parent} (null for a top-level data set). */
    public static Dataset deep(Dataset ds, Dataset parent) {
        Dataset copy = new Dataset(parent);
        copy.undefinedLength(ds.undefinedLength());
        copy.sourceOffset(ds.sourceOffset());
        for (DataElement e : ds) {
            copy.put(element(e, copy));
        }
        return copy;
    }

    /** A deep copy of one element, its items owned by {@code owner}. */
    public static DataElement element(DataElement e, Dataset owner) {
        if (e.sequence() != null) {
            Sequence seq = new Sequence(owner);
            seq.undefinedLength(e.sequence().undefinedLength());
            for (Dataset item : e.sequence()) {
                seq.add(deep(item, owner));
            }
            return DataElement.of(e.tag(), e.vr(), seq);
        }
        if (e.fragments() != null) {
            Fragments f = new Fragments();
            for (Object o : e.fragments().items()) {
                if (o instanceof byte[] b) {
                    f.add(b);
                } else {
                    f.add((BulkData) o);
                }
            }
            f.region(e.fragments().region());
            return DataElement.of(e.tag(), e.vr(), f);
        }
        return e;
    }
}
