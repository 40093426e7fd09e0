package org.veil.dicom.io;

import java.util.Objects;
import org.veil.dicom.TagPath;

/**
 * Where an event was read: the source (file name), the byte offset of its header and its tag path.
 * For deflated data sets the offset counts inflated bytes after the file meta.
 *
 * <p>The parser gives most elements their location as the enclosing path and the element's tag, and the path is made
 * only when asked for (a warning, an error, or a caller that wants it): building a data set asks for none of them.
 * Equal locations have equal source, offset and path, however they were made.
 */
public final class Location {
    private final String source;
    private final long offset;
    /** The enclosing path of a location made by {@link #of(String, long, TagPath, int)}, else null. */
    private final TagPath parent;
    private final int tag;
    /** The path: given, or made from {@link #parent} and {@link #tag} on first use. */
    private TagPath path;

    public Location(String source, long offset, TagPath path) {
        this(source, offset, null, 0, path);
    }

    private Location(String source, long offset, TagPath parent, int tag, TagPath path) {
        this.source = source;
        this.offset = offset;
        this.parent = parent;
        this.tag = tag;
        this.path = path;
    }

    /** The location of the element {@code tag} in the data set at {@code parent}; its path is made when asked for. */
    static Location of(String source, long offset, TagPath parent, int tag) {
        return new Location(source, offset, Objects.requireNonNull(parent, "parent"), tag, null);
    }

    public String source() {
        return source;
    }

    public long offset() {
        return offset;
    }

    public TagPath path() {
        TagPath p = path;
        if (p == null && parent != null) {
            p = parent.child(tag);
            path = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Location other && offset == other.offset
                && Objects.equals(source, other.source) && Objects.equals(path(), other.path());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, offset, path());
    }

    @Override
    public String toString() {
        String p = path().toString();
        return source + " @0x" + Long.toHexString(offset).toUpperCase() + (p.isEmpty() ? "" : " " + p);
    }
}
