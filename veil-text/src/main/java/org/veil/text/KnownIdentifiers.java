package org.veil.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The identifiers of one patient context, known from the data set and from other files of the same patient seen in
 * the run: person names (DICOM PN with its alphabetic, ideographic and phonetic groups, or free form), identifiers
 * (patient ID, accession number), institution names and other values. Immutable and thread-safe; it is compiled
 * into one automaton when built (a patient's memory in the run keeps a few, see {@link #layered}). To add values as
 * more files arrive, use {@link #toBuilder()}.
 * <p>
 * {@link #toString()} gives counts only, never the values.
 */
public final class KnownIdentifiers {

    private static final KnownIdentifiers NONE = new Builder().build();

    private final List<String> personNames;
    private final List<String> identifiers;
    private final List<String> institutions;
    private final List<String> others;
    /** The layers whose values these are, in order; empty when the values above are compiled on their own. */
    private final List<KnownIdentifiers> layers;
    /** The values above compiled; null when layered. */
    private final KnownPatterns compiled;
    private final PatternLayers patterns;

    private KnownIdentifiers(Builder b) {
        this.personNames = List.copyOf(b.personNames);
        this.identifiers = List.copyOf(b.identifiers);
        this.institutions = List.copyOf(b.institutions);
        this.others = List.copyOf(b.others);
        this.layers = List.of();
        this.compiled = KnownPatterns.compile(personNames, identifiers, institutions, others);
        this.patterns = PatternLayers.of(List.of(compiled));
    }

    private KnownIdentifiers(List<KnownIdentifiers> layers) {
        this.personNames = List.of();
        this.identifiers = List.of();
        this.institutions = List.of();
        this.others = List.of();
        this.layers = List.copyOf(layers);
        this.compiled = null;
        this.patterns = PatternLayers.of(layers.stream().map(k -> k.compiled).toList());
    }

    /** No known identifiers. */
    public static KnownIdentifiers none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The values of {@code layers} (each built on its own, by a {@link Builder}) found as if they had been given
     * to one builder in this order, without compiling them again. Each value must be in one layer only (per kind).
     */
    static KnownIdentifiers layered(List<KnownIdentifiers> layers) {
        if (layers.size() <= 1) {
            return layers.isEmpty() ? NONE : layers.get(0);
        }
        for (KnownIdentifiers k : layers) {
            if (!k.layers.isEmpty()) {
                throw new IllegalArgumentException("KnownIdentifiers.layered: a layer is itself layered");
            }
        }
        return new KnownIdentifiers(layers);
    }

    /** A builder holding these values, to add more. */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /** The number of values given. */
    public int size() {
        if (!layers.isEmpty()) {
            return layers.stream().mapToInt(KnownIdentifiers::size).sum();
        }
        return personNames.size() + identifiers.size() + institutions.size() + others.size();
    }

    PatternLayers patterns() {
        return patterns;
    }

    @Override
    public String toString() {
        Builder all = toBuilder();
        return "KnownIdentifiers[personNames=" + all.personNames.size() + ", identifiers=" + all.identifiers.size()
                + ", institutions=" + all.institutions.size() + ", others=" + all.others.size() + "]";
    }

    /** Collects values; null and blank values are ignored (empty DICOM attributes). */
    public static final class Builder {
        // sets, not lists: a patient's remembered values (up to a thousand) are added again for every instance
        private final Set<String> personNames = new LinkedHashSet<>();
        private final Set<String> identifiers = new LinkedHashSet<>();
        private final Set<String> institutions = new LinkedHashSet<>();
        private final Set<String> others = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * A person name: a DICOM PN value ("Yamada^Tarou=山田^太郎=やまだ^たろう", family^given^middle^prefix^suffix
         * per group) or a free-form name ("John Smith"). Every group is a form of the name; the text may hold any
         * of them, in any case, with or without accents, in any order, with initials.
         */
        public Builder personName(String name) {
            addIfPresent(personNames, name);
            return this;
        }

        /** An identifier such as a patient ID, accession number or issuer-qualified ID. */
        public Builder identifier(String id) {
            addIfPresent(identifiers, id);
            return this;
        }

        /** An institution, department or practice name. */
        public Builder institution(String name) {
            addIfPresent(institutions, name);
            return this;
        }

        /** Any other identifying value that must not appear in text (station name, device serial number). */
        public Builder other(String value) {
            addIfPresent(others, value);
            return this;
        }

        /** Adds the values of {@code known} (of every layer, in order). */
        Builder addAll(KnownIdentifiers known) {
            for (KnownIdentifiers k : known.layers.isEmpty() ? List.of(known) : known.layers) {
                personNames.addAll(k.personNames);
                identifiers.addAll(k.identifiers);
                institutions.addAll(k.institutions);
                others.addAll(k.others);
            }
            return this;
        }

        public KnownIdentifiers build() {
            return new KnownIdentifiers(this);
        }

        private static void addIfPresent(Set<String> set, String value) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
    }
}
