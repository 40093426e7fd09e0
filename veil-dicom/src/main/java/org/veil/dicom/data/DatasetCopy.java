package org.veil.dicom.data;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Deep copies of data sets: items are copied at every depth (by one {@link DatasetWalker} walk), values are shared
 * (byte arrays are never modified in place by Veil, bulk references are immutable; fragments are copied item by item).
 */
public final class DatasetCopy {
    private DatasetCopy() {
    }

    /** A deep copy of {@code ds} whose parent is {@code parent} (null for a top-level data set). */
    public static Dataset deep(Dataset ds, Dataset parent) {
        Dataset copy = emptyLike(ds, parent);
        DatasetWalker.walk(ds, new Copier(copy));
        return copy;
    }

    /** A deep copy of one element, its items owned by {@code owner}. */
    public static DataElement element(DataElement e, Dataset owner) {
        if (e.sequence() == null) {
            return shallow(e);
        }
        Sequence seq = new Sequence(owner);
        seq.undefinedLength(e.sequence().undefinedLength());
        for (Dataset item : e.sequence()) {
            seq.add(deep(item, owner));
        }
        return DataElement.of(e.tag(), e.vr(), seq);
    }

    private static Dataset emptyLike(Dataset ds, Dataset parent) {
        Dataset copy = new Dataset(parent);
        copy.undefinedLength(ds.undefinedLength());
        copy.sourceOffset(ds.sourceOffset());
        return copy;
    }

    /** An element that holds no items: itself, or its fragments copied. */
    private static DataElement shallow(DataElement e) {
        if (e.fragments() == null) {
            return e;
        }
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

    /** Builds the copy while the walk goes through the original. */
    private static final class Copier implements DatasetVisitor<RuntimeException> {
        private final Deque<Dataset> datasets = new ArrayDeque<>();
        private final Deque<Sequence> sequences = new ArrayDeque<>();

        Copier(Dataset root) {
            datasets.push(root);
        }

        @Override
        public Descend element(DataElement e, TreeLevel at) {
            Dataset target = datasets.peek();
            if (e.sequence() == null) {
                target.put(shallow(e));
                return Descend.PAST_ITEMS;
            }
            Sequence seq = new Sequence(target);
            seq.undefinedLength(e.sequence().undefinedLength());
            target.put(DataElement.of(e.tag(), e.vr(), seq));
            sequences.push(seq);
            return Descend.INTO_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) {
            Dataset copy = emptyLike(item.dataset(), datasets.peek());
            sequences.peek().add(copy);
            datasets.push(copy);
        }

        @Override
        public void endDataset(TreeLevel level) {
            datasets.pop();
        }

        @Override
        public void endSequence(DataElement sequence, TreeLevel at) {
            sequences.pop();
        }
    }
}
