package org.veil.dicom;

/**
 * Where an element sits in a data set: an immutable chain of (tag, item index) steps from the top level, printed
 * as {@code (0040,0275)[2]/(0008,1150)}. Item indexes count from 1 in text, as the issue tracker and users do.
 */
public final class TagPath {
    /** The top level of a data set (no steps). */
    public static final TagPath ROOT = new TagPath(null, 0, -1);

    private final TagPath parent;
    private final int tag;
    private final int item;
    /** The printed path, made on first use (a change report, a delivery report and a pixel check each ask for it). */
    private String text;

    private TagPath(TagPath parent, int tag, int item) {
        this.parent = parent;
        this.tag = tag;
        this.item = item;
    }

    /** This path extended by a tag (at the level this path points into). */
    public TagPath child(int childTag) {
        return new TagPath(this, childTag, -1);
    }

    /** This path (which must end with a sequence tag) extended by an item index, counted from 0. */
    public TagPath item(int index) {
        return new TagPath(parent, tag, index);
    }

    public TagPath parent() {
        return parent;
    }

    /** The last tag, or 0 for {@link #ROOT}. */
    public int tag() {
        return tag;
    }

    /** The item index (from 0) of the last step, or -1 when the path ends at an element. */
    public int itemIndex() {
        return item;
    }

    /** Number of steps; 0 for {@link #ROOT}. */
    public int depth() {
        int d = 0;
        for (TagPath p = this; p.parent != null; p = p.parent) {
            d++;
        }
        return d;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** Longest path printed in full; deeper paths print their first and last steps around an ellipsis. */
    private static final int PRINT_MAX = 16;

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = print();
            text = t;
        }
        return t;
    }

    private String print() {
        int n = depth();
        if (n == 0) {
            return "";
        }
        TagPath[] steps = new TagPath[n];
        TagPath p = this;
        for (int i = n - 1; i >= 0; i--, p = p.parent) {
            steps[i] = p;
        }
        StringBuilder sb = new StringBuilder(n * 16);
        for (int i = 0; i < n; i++) {
            if (n > PRINT_MAX && i == PRINT_MAX / 2) {
                sb.append("/...(").append(n - PRINT_MAX).append(" more levels)");
                i = n - PRINT_MAX / 2;
            }
            if (i > 0) {
                sb.append('/');
            }
            Tag.appendTo(sb, steps[i].tag);
            if (steps[i].item >= 0) {
                sb.append('[').append(steps[i].item + 1).append(']');
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TagPath other)) {
            return false;
        }
        TagPath a = this;
        TagPath b = other;
        while (a != null && b != null) {
            if (a.tag != b.tag || a.item != b.item) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return a == null && b == null;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (TagPath p = this; p != null; p = p.parent) {
            h = 31 * h + p.tag * 7 + p.item;
        }
        return h;
    }
}
