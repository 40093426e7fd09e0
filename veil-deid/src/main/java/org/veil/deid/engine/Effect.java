package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/** What an {@link Action} decided for one element; the walker carries it out. */
final class Effect {
    enum Kind { KEEP, REMOVE, REPLACE, RECURSE }

    static final Effect KEEP = new Effect(Kind.KEEP, null);
    static final Effect REMOVE = new Effect(Kind.REMOVE, null);
    /** Keep the sequence and apply the rules to each of its items. */
    static final Effect RECURSE = new Effect(Kind.RECURSE, null);

    private final Kind kind;
    private final DataElement replacement;

    private Effect(Kind kind, DataElement replacement) {
        this.kind = kind;
        this.replacement = replacement;
    }

    static Effect replace(DataElement e) {
        return new Effect(Kind.REPLACE, e);
    }

    Kind kind() {
        return kind;
    }

    DataElement replacement() {
        return replacement;
    }
}
