package org.veil.dicom.data;

import java.io.IOException;

/**
 * Receives a data set tree in tag order from {@link DatasetWalker}: each element, and around the items of a sequence
 * the start and end calls. {@code depth} is 0 at the top level and grows by one inside each item.
 */
public interface DatasetVisitor {

    /** An element that is not a sequence (bytes, bulk data or encapsulated fragments). */
    void element(DataElement element, Dataset owner, int depth) throws IOException;

    /** A sequence element, before its items. */
    void startSequence(DataElement sequence, Dataset owner, int depth) throws IOException;

    /** An item, before its elements; {@code index} counts from 0. */
    void startItem(Dataset item, int index, int depth) throws IOException;

    /** After the elements of an item. */
    void endItem(Dataset item, int index, int depth) throws IOException;

    /** After the last item of a sequence. */
    void endSequence(DataElement sequence, int depth) throws IOException;
}
