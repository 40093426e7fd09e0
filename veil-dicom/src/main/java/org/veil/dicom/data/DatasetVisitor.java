package org.veil.dicom.data;

/**
 * Receives a data set tree in tag order from {@link DatasetWalker}: each element (sequences included), the start of
 * each item, the end of each data set (the root and every item) and the end of each sequence. Where the walk is —
 * data set, depth, tag path, enclosing sequence — comes as a {@link TreeLevel}, valid during the call only.
 *
 * @param <X> the checked exception the visitor may throw ({@code RuntimeException} for none)
 */
public interface DatasetVisitor<X extends Exception> {
    /** Whether the walk goes into the items of a sequence just visited. */
    enum Descend {
        /** Walk the items next (ignored for an element that is not a sequence). */
        INTO_ITEMS,
        /** Go on with the next element. */
        PAST_ITEMS
    }

    /**
     * An element of {@code at.dataset()}. The visitor may replace it (put an element with the same tag) or remove it;
     * it must not add or remove other elements of that data set during the walk. For a sequence, {@link Descend}
     * says whether its items (those of the replacement, if replaced) are walked next.
     */
    Descend element(DataElement element, TreeLevel at) throws X;

    /** An item, before its elements: {@code item.dataset()}, {@code item.itemIndex()} (from 0), its depth. */
    default void startItem(TreeLevel item) throws X {
    }

    /** After the last element of a data set: of each item, and of the root (depth 0 for a top-level walk). */
    default void endDataset(TreeLevel level) throws X {
    }

    /** After the last item of a sequence of {@code at.dataset()}. */
    default void endSequence(DataElement sequence, TreeLevel at) throws X {
    }
}
