package org.veil.dicom.data;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A data set (or sequence item) in memory: elements sorted by tag, with bulk values left in the file as references.
 * Storage only — typed access lives in {@link DatasetView}. Not thread-safe.
 *
 * <p>An item knows its parent data set (Specific Character Set is inherited, PS3.5 6.1.2.5.3), whether it was encoded
 * with undefined length, and its byte offset in the source (DICOMDIR records refer to items by offset).
 */
public final class Dataset implements Iterable<DataElement> {
    private static final DataElement[] NONE = new DataElement[0];

    private DataElement[] elements = NONE;
    private int size;
    private Dataset parent;
    private boolean undefinedLength = true;
    private long sourceOffset = -1;

    /** A new empty top-level data set. */
    public Dataset() {
    }

    /** A new empty item whose parent is {@code parent}. */
    public Dataset(Dataset parent) {
        this.parent = parent;
    }

    /** The element with this tag, or null. */
    public DataElement get(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? elements[i] : null;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    /** Adds or replaces the element with the same tag; returns the replaced one or null. */
    public DataElement put(DataElement e) {
        int tag = e.tag();
        if (size == 0 || Integer.compareUnsigned(elements[size - 1].tag(), tag) < 0) {
            grow();
            elements[size++] = e;
            return null;
        }
        int i = indexOf(tag);
        if (i >= 0) {
            DataElement old = elements[i];
            elements[i] = e;
            return old;
        }
        int at = -i - 1;
        grow();
        System.arraycopy(elements, at, elements, at + 1, size - at);
        elements[at] = e;
        size++;
        return null;
    }

    /** Removes the element with this tag; returns it or null. */
    public DataElement remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        DataElement old = elements[i];
        System.arraycopy(elements, i + 1, elements, i, size - i - 1);
        elements[--size] = null;
        return old;
    }

    /** Removes every element that matches; returns how many were removed. */
    public int removeIf(Predicate<DataElement> filter) {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (!filter.test(elements[r])) {
                elements[w++] = elements[r];
            }
        }
        int removed = size - w;
        Arrays.fill(elements, w, size, null);
        size = w;
        return removed;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Element at position {@code index} in tag order. */
    public DataElement elementAt(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " >= " + size);
        }
        return elements[index];
    }

    /** A read-only, live view of the elements in tag order. */
    public List<DataElement> elements() {
        return new AbstractList<>() {
            @Override
            public DataElement get(int index) {
                return elementAt(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Iterator<DataElement> iterator() {
        return elements().iterator();
    }

    /** The data set that contains this item, or null at the top level. */
    public Dataset parent() {
        return parent;
    }

    void parent(Dataset value) {
        parent = value;
    }

    /** True when this item was (or is to be) encoded with undefined length. */
    public boolean undefinedLength() {
        return undefinedLength;
    }

    public void undefinedLength(boolean value) {
        undefinedLength = value;
    }

    /** Byte offset of this item's header in the source, or -1. */
    public long sourceOffset() {
        return sourceOffset;
    }

    public void sourceOffset(long value) {
        sourceOffset = value;
    }

    private int indexOf(int tag) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(elements[mid].tag(), tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void grow() {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(8, size * 2));
        }
    }

    @Override
    public String toString() {
        return "Dataset[" + size + " elements]";
    }
}
