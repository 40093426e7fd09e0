package org.veil.dicom.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Encapsulated pixel data (PS3.5 A.4): the Basic Offset Table (item 0, possibly empty) followed by the fragments.
 * Each item is either bytes in memory or a {@link BulkData} reference. While unmodified, {@link #region()} refers to
 * the whole encoded value (items and the sequence delimiter) so a writer can copy it in one go.
 */
public final class Fragments {
    private final List<Object> items = new ArrayList<>();
    private BulkData region;

    /** Appends an item held in memory. */
    public void add(byte[] bytes) {
        items.add(bytes);
        region = null;
    }

    /** Appends an item left in the file. */
    public void add(BulkData bulk) {
        items.add(bulk);
        region = null;
    }

    /** Replaces item {@code index} (0 is the offset table). */
    public void set(int index, byte[] bytes) {
        items.set(index, bytes);
        region = null;
    }

    /** Removes every item. */
    public void clear() {
        items.clear();
        region = null;
    }

    public int size() {
        return items.size();
    }

    /** Item {@code index}: a {@code byte[]} or a {@link BulkData}. */
    public Object get(int index) {
        return items.get(index);
    }

    /** Length in bytes of item {@code index}. */
    public long length(int index) {
        Object o = items.get(index);
        return o instanceof byte[] b ? b.length : ((BulkData) o).length();
    }

    /** Read-only view of the items (each a {@code byte[]} or a {@link BulkData}). */
    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    /**
     * The encoded value as read (from the first item tag to the end of the sequence delimiter), or null when unknown
     * or when the fragments were changed.
     */
    public BulkData region() {
        return region;
    }

    /** Records the encoded extent as read; called by the reader after the last item. */
    public void region(BulkData value) {
        region = value;
    }
}
