package org.veil.text;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers seen so far in a run, per patient, so that the text of one file is also cleaned of the names and
 * IDs found in the patient's other files. Thread-safe. Memory is bounded: at most {@code maxPatients} patients (the
 * least recently seen is forgotten) and at most {@code maxValues} values per patient (later ones are still used for
 * their own instance, only not remembered). Each patient's compiled {@link KnownIdentifiers} is cached and rebuilt
 * only when an instance brings a value not seen before.
 */
final class PatientMemory {

    private final int maxPatients;
    private final int maxValues;
    private final Map<String, Entry> patients;

    PatientMemory(int maxPatients, int maxValues) {
        this.maxPatients = maxPatients;
        this.maxValues = maxValues;
        this.patients = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > PatientMemory.this.maxPatients;
            }
        };
    }

    /** The patients remembered now (for tests and the summary). */
    synchronized int patients() {
        return patients.size();
    }

    /**
     * Adds one instance's identifiers to its patient and returns everything known for the patient.
     *
     * @param patient the patient key, or null to use only the instance's own values
     */
    KnownIdentifiers merge(String patient, DatasetIdentifiers instance) {
        if (patient == null || maxPatients == 0) {
            return Entry.build(instance, null);
        }
        Entry entry;
        synchronized (this) {
            entry = patients.computeIfAbsent(patient, k -> new Entry());
        }
        return entry.merge(instance, maxValues);
    }

    /** One patient's remembered values and their compiled form. */
    private static final class Entry {
        private final Map<DatasetIdentifiers.Kind, Set<String>> values = new EnumMap<>(DatasetIdentifiers.Kind.class);
        private int count;
        private KnownIdentifiers compiled = KnownIdentifiers.none();

        synchronized KnownIdentifiers merge(DatasetIdentifiers instance, int maxValues) {
            boolean added = false;
            boolean overflow = false;
            for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
                Set<String> known = values.computeIfAbsent(kind, k -> new LinkedHashSet<>());
                for (String v : instance.values(kind)) {
                    if (known.contains(v)) {
                        continue;
                    }
                    if (count < maxValues) {
                        known.add(v);
                        count++;
                        added = true;
                    } else {
                        overflow = true;
                    }
                }
            }
            if (added) {
                compiled = build(null, values);
            }
            return overflow ? build(instance, values) : compiled;
        }

        /** The known identifiers of an instance's values and/or remembered values. */
        static KnownIdentifiers build(DatasetIdentifiers instance, Map<DatasetIdentifiers.Kind, Set<String>> values) {
            KnownIdentifiers.Builder b = KnownIdentifiers.builder();
            for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
                if (values != null) {
                    values.getOrDefault(kind, Set.of()).forEach(v -> add(b, kind, v));
                }
                if (instance != null) {
                    instance.values(kind).forEach(v -> add(b, kind, v));
                }
            }
            return b.build();
        }

        private static void add(KnownIdentifiers.Builder b, DatasetIdentifiers.Kind kind, String v) {
            switch (kind) {
                case NAME -> b.personName(v);
                case IDENTIFIER -> b.identifier(v);
                case INSTITUTION -> b.institution(v);
                default -> b.other(v);
            }
        }
    }
}
