package org.veil.dicom.data;

import org.veil.dicom.TagPath;

/**
 * One level of a {@link DatasetWalker} walk: a data set (the root or an item), how deep it sits, its tag path, the
 * sequence that holds it, and the element being visited in it. Valid only during a visitor call: the walker reuses
 * nothing, but the position inside the data set moves on.
 */
public final class TreeLevel {
    private final TreeLevel parent;
    private final Dataset dataset;
    private final DataElement sequence;
    private final int itemIndex;
    private final int depth;
    private final TagPath path;
    int next;
    int index = -1;

    TreeLevel(TreeLevel parent, Dataset dataset, DataElement sequence, int itemIndex, TagPath path) {
        this.parent = parent;
        this.dataset = dataset;
        this.sequence = sequence;
        this.itemIndex = itemIndex;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.path = path;
    }

    /** The data set of this level: the root of the walk or an item. */
    public Dataset dataset() {
        return dataset;
    }

    /** 0 for the root of the walk, one more inside each item. */
    public int depth() {
        return depth;
    }

    /** The tag path of this data set: {@link TagPath#ROOT} for the root, else ending with the item index. */
    public TagPath path() {
        return path;
    }

    /** The tag path of an element of this data set. */
    public TagPath pathOf(int tag) {
        return path.child(tag);
    }

    /** The sequence element that holds this item, or null at the root. */
    public DataElement sequence() {
        return sequence;
    }

    /** The index (from 0) of this item in its sequence, or -1 at the root. */
    public int itemIndex() {
        return itemIndex;
    }

    /** The level of the data set that holds this item's sequence, or null at the root. */
    public TreeLevel parent() {
        return parent;
    }

    /** The position in {@link #dataset()} of the element being visited (in tag order). */
    public int index() {
        return index;
    }
}
