package org.veil.deid.engine;

/** What happens to standard attributes that PS3.15 Table E.1-1 does not list. */
public enum UnlistedPolicy {
    /**
     * The standard's approach: keep them, except by VR — UIDs are remapped (U) unless they name a class or scheme
     * rather than an instance, dates and times are treated like listed dates (X/Z/D, or shifted/kept by the date
     * options), person names are emptied or replaced by a dummy (Z/D). PS3.15 Table E.1-1 Note 4.
     */
    STANDARD,
    /** Keep only attributes on the allow-list (Table E.1-1 K actions still apply); remove everything else. */
    STRICT
}
