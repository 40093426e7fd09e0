package org.veil.dicom.data;

import java.util.Objects;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * One element of a {@link Dataset}: tag, VR and exactly one kind of value — bytes in memory (little endian for binary
 * VRs, raw character set bytes for strings), a {@link BulkData} reference left in the file, a {@link Sequence} or
 * encapsulated {@link Fragments}. Immutable except for the contents of a sequence's items.
 */
public final class DataElement {
    private final int tag;
    private final VR vr;
    private final Object value;

    private DataElement(int tag, VR vr, Object value) {
        this.tag = tag;
        this.vr = Objects.requireNonNull(vr, "vr");
        this.value = Objects.requireNonNull(value, "value");
    }

    public static DataElement of(int tag, VR vr, byte[] bytes) {
        return new DataElement(tag, vr, bytes);
    }

    public static DataElement of(int tag, VR vr, BulkData bulk) {
        return new DataElement(tag, vr, bulk);
    }

    /** A sequence element; {@code vr} is SQ, or UN for a sequence of implicit VR items (PS3.5 6.2.2). */
    public static DataElement of(int tag, VR vr, Sequence sequence) {
        return new DataElement(tag, vr, sequence);
    }

    public static DataElement of(int tag, VR vr, Fragments fragments) {
        return new DataElement(tag, vr, fragments);
    }

    public int tag() {
        return tag;
    }

    public VR vr() {
        return vr;
    }

    /** The value bytes, or null when the value is not in memory. */
    public byte[] bytes() {
        return value instanceof byte[] b ? b : null;
    }

    /** The reference to a value left in the file, or null. */
    public BulkData bulk() {
        return value instanceof BulkData b ? b : null;
    }

    /** The items, or null when this is not a sequence. */
    public Sequence sequence() {
        return value instanceof Sequence s ? s : null;
    }

    /** The encapsulated pixel data fragments, or null. */
    public Fragments fragments() {
        return value instanceof Fragments f ? f : null;
    }

    public boolean isSequence() {
        return value instanceof Sequence;
    }

    /** Length of a bytes or bulk value; -1 for sequences and fragments. */
    public long length() {
        if (value instanceof byte[] b) {
            return b.length;
        }
        if (value instanceof BulkData b) {
            return b.length();
        }
        return -1;
    }

    /** True when the value is empty (zero length, or a sequence without items, or no fragments). */
    public boolean isEmpty() {
        if (value instanceof Sequence s) {
            return s.isEmpty();
        }
        if (value instanceof Fragments f) {
            return f.size() == 0;
        }
        return length() == 0;
    }

    /** The same tag with new value bytes. */
    public DataElement withBytes(byte[] bytes) {
        return new DataElement(tag, vr, bytes);
    }

    @Override
    public String toString() {
        String kind = value instanceof byte[] b ? b.length + " bytes"
                : value instanceof BulkData b ? "bulk " + b.length() + " bytes @" + b.offset()
                : value instanceof Sequence s ? s.size() + " items" : ((Fragments) value).size() + " fragments";
        return Tag.format(tag) + " " + vr + " " + kind;
    }
}
