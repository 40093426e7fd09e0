package org.veil.dicom.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The items of a sequence element, in order. Remembers whether it was encoded with undefined length. */
public final class Sequence implements Iterable<Dataset> {
    private final List<Dataset> items = new ArrayList<>(2);
    private final Dataset owner;
    private boolean undefinedLength = true;

    /** A new empty sequence whose items belong to {@code owner} (for character set inheritance). */
    public Sequence(Dataset owner) {
        this.owner = owner;
    }

    /** Appends a new empty item and returns it. */
    public Dataset addItem() {
        Dataset item = new Dataset(owner);
        items.add(item);
        return item;
    }

    /** Appends an item (its parent becomes this sequence's owner). */
    public void add(Dataset item) {
        item.parent(owner);
        items.add(item);
    }

    public Dataset get(int index) {
        return items.get(index);
    }

    public Dataset remove(int index) {
        return items.remove(index);
    }

    public void clear() {
        items.clear();
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** A read-only view of the items. */
    public List<Dataset> items() {
        return java.util.Collections.unmodifiableList(items);
    }

    public Dataset owner() {
        return owner;
    }

    /** True when the sequence was (or is to be) encoded with undefined length. */
    public boolean undefinedLength() {
        return undefinedLength;
    }

    public void undefinedLength(boolean value) {
        undefinedLength = value;
    }

    @Override
    public Iterator<Dataset> iterator() {
        return items().iterator();
    }
}
