package org.veil.deid.engine;

import java.util.Map;
import java.util.Objects;

/**
 * A project's table of replacement values (e.g. original Patient ID to the study's subject code), as CTP's lookup
 * table; keys are compared after trimming DICOM padding, case kept.
 *
 * @param name     the table as the recipe names it, for messages (never a value)
 * @param entries  original value to replacement
 * @param miss     what a value missing from the table becomes
 * @param missValue the fixed value for {@link Miss#VALUE}, else null
 */
public record LookupTable(String name, Map<String, String> entries, Miss miss, String missValue) {
    /** The policy for values the table does not hold. */
    public enum Miss {
        /** A keyed pseudonym: for the identifiers Veil pseudonymizes, the same one; else keyed by the tag. */
        PSEUDONYM,
        /** The instance is refused and quarantined, naming the table and the attribute. */
        QUARANTINE,
        /** A fixed value. */
        VALUE
    }

    public LookupTable {
        Objects.requireNonNull(name, "name");
        entries = Map.copyOf(entries);
        Objects.requireNonNull(miss, "miss");
        if (miss == Miss.VALUE && missValue == null) {
            throw new IllegalArgumentException("lookup table " + name + ": the miss policy value needs a value");
        }
    }

    /** The replacement, or null when the table does not hold the value. */
    public String get(String original) {
        return entries.get(original.strip());
    }
}
