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

    /**
     * A gap buffer: the elements in tag order, with the free slots as one gap at {@code gapStart}. An edit moves the
     * gap to its position first, which costs the distance from the previous edit, so a pass that removes, replaces or
     * inserts elements in ascending (or descending) tag order is linear in the size of the data set, not quadratic.
     */
    private DataElement[] elements = NONE;
    private int size;
    private int gapStart;
    /** Slots moved by edits since creation: what the gap buffer keeps linear (read by tests). */
    private long moved;
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
        return i >= 0 ? at(i) : null;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    /** Adds or replaces the element with the same tag; returns the replaced one or null. */
    public DataElement put(DataElement e) {
        int tag = e.tag();
        int i = size == 0 || Integer.compareUnsigned(at(size - 1).tag(), tag) < 0 ? -(size + 1) : indexOf(tag);
        if (i >= 0) {
            int slot = slot(i);
            DataElement old = elements[slot];
            elements[slot] = e;
            return old;
        }
        int at = -i - 1;
        if (size == elements.length) {
            grow(at);
        } else {
            moveGap(at);
        }
        elements[gapStart++] = e;
        size++;
        return null;
    }

    /**
     * Adds the element unless one with its tag is there already (then nothing changes); true when added. One search
     * at most: an element after the last one (a reader's usual order) is appended without searching.
     */
    public boolean putIfAbsent(DataElement e) {
        int tag = e.tag();
        if (size != 0 && Integer.compareUnsigned(at(size - 1).tag(), tag) >= 0 && indexOf(tag) >= 0) {
            return false;
        }
        put(e);
        return true;
    }

    /** Removes the element with this tag; returns it or null. */
    public DataElement remove(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : removeAt(i);
    }

    /**
     * Replaces the element at position {@code i} in tag order (no search) with one of the same tag; returns the
     * replaced one.
     */
    public DataElement replaceAt(int i, DataElement e) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " >= " + size);
        }
        int slot = slot(i);
        DataElement old = elements[slot];
        if (old.tag() != e.tag()) {
            throw new IllegalArgumentException("replacing " + old + " at " + i + " with another tag: " + e);
        }
        elements[slot] = e;
        return old;
    }

    /** Removes the element at position {@code i} in tag order (no search); returns it. */
    public DataElement removeAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " >= " + size);
        }
        moveGap(i);
        int slot = i + gap();
        DataElement old = elements[slot];
        elements[slot] = null;
        size--;
        return old;
    }

    /** Removes every element that matches; returns how many were removed. */
    public int removeIf(Predicate<DataElement> filter) {
        moveGap(size);
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (!filter.test(elements[r])) {
                elements[w++] = elements[r];
            }
        }
        int removed = size - w;
        Arrays.fill(elements, w, size, null);
        size = w;
        gapStart = w;
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
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " >= " + size);
        }
        return at(index);
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

    /** The position of the element with this tag in tag order, or a negative number when there is none. */
    public int indexOf(int tag) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(at(mid).tag(), tag);
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

    /** How many element slots edits have moved so far (the cost the gap buffer keeps linear). */
    long movedSlots() {
        return moved;
    }

    private int gap() {
        return elements.length - size;
    }

    private int slot(int index) {
        return index < gapStart ? index : index + gap();
    }

    private DataElement at(int index) {
        return elements[slot(index)];
    }

    /** Moves the gap to start at logical position {@code to}; costs the distance moved. */
    private void moveGap(int to) {
        int gap = gap();
        if (gap == 0) {
            gapStart = to;
        } else if (to < gapStart) {
            moved += gapStart - to;
            System.arraycopy(elements, to, elements, to + gap, gapStart - to);
            Arrays.fill(elements, to, Math.min(gapStart, to + gap), null);
        } else if (to > gapStart) {
            moved += to - gapStart;
            System.arraycopy(elements, gapStart + gap, elements, gapStart, to - gapStart);
            Arrays.fill(elements, Math.max(gapStart + gap, to), to + gap, null);
        }
        gapStart = to;
    }

    /** A larger array with the gap at logical position {@code at}. */
    private void grow(int at) {
        moveGap(size);
        DataElement[] bigger = new DataElement[Math.max(8, size * 2)];
        System.arraycopy(elements, 0, bigger, 0, at);
        System.arraycopy(elements, at, bigger, at + bigger.length - size, size - at);
        elements = bigger;
        gapStart = at;
    }

    @Override
    public String toString() {
        return "Dataset[" + size + " elements]";
    }
}
