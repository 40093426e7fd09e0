package org.veil.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers seen so far in a run, per patient, so that the text of one file is also cleaned of the names and
 * IDs found in the patient's other files. Thread-safe. Memory is bounded: at most {@code maxPatients} patients (the
 * least recently seen is forgotten) and at most {@code maxValues} values per patient (later ones are still used for
 * their own instance, only not remembered). Each patient's compiled {@link KnownIdentifiers} is cached, in layers
 * (see {@link Entry}): an instance that brings values not seen before compiles those, not the patient's others.
 */
final class PatientMemory {

    /**
     * How much larger than the newest layer the one before it may be and still be compiled together with it. 1 makes
     * the layers a binary counter: each value is compiled about log2(n) times and a patient has at most about log2(n)
     * layers (10 at 1,000 values); 2 merged at nearly every instance that brought a value, recompiling the largest
     * layer each time (docs/BENCHMARKS.md, "Keyed, stop 17"). Either gives the same findings.
     */
    static final int MERGE_RATIO = 1;

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
            return build(instance);
        }
        Entry entry;
        synchronized (this) {
            entry = patients.computeIfAbsent(patient, k -> new Entry());
        }
        return entry.merge(instance, maxValues);
    }

    /**
     * One patient's remembered values and their compiled form, in layers: each instance's new values are compiled
     * on their own, and the last two layers are compiled together again while the older one is no more than
     * {@link #MERGE_RATIO} times the newer one. So a patient has a few layers (sizes falling by at least that ratio)
     * and each value is compiled a few times in all, instead of all values at every instance that brings one.
     */
    private static final class Entry {
        private final Map<DatasetIdentifiers.Kind, Set<String>> values = new EnumMap<>(DatasetIdentifiers.Kind.class);
        private final List<KnownIdentifiers> layers = new ArrayList<>();
        private int count;
        private KnownIdentifiers compiled = KnownIdentifiers.none();

        synchronized KnownIdentifiers merge(DatasetIdentifiers instance, int maxValues) {
            KnownIdentifiers.Builder added = KnownIdentifiers.builder();
            KnownIdentifiers.Builder overflow = KnownIdentifiers.builder();
            boolean anyAdded = false;
            boolean anyOverflow = false;
            for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
                Set<String> known = values.computeIfAbsent(kind, k -> new LinkedHashSet<>());
                for (String v : instance.values(kind)) {
                    if (known.contains(v)) {
                        continue;
                    }
                    if (count < maxValues) {
                        known.add(v);
                        count++;
                        add(added, kind, v);
                        anyAdded = true;
                    } else {
                        add(overflow, kind, v);
                        anyOverflow = true;
                    }
                }
            }
            if (anyAdded) {
                layers.add(added.build());
                compact();
                compiled = KnownIdentifiers.layered(layers);
            }
            if (!anyOverflow) {
                return compiled;
            }
            List<KnownIdentifiers> withOwn = new ArrayList<>(layers);
            withOwn.add(overflow.build());
            return KnownIdentifiers.layered(withOwn);
        }

        private void compact() {
            int n = layers.size();
            while (n >= 2 && layers.get(n - 2).size() <= MERGE_RATIO * layers.get(n - 1).size()) {
                KnownIdentifiers newer = layers.remove(n - 1);
                KnownIdentifiers older = layers.remove(n - 2);
                layers.add(KnownIdentifiers.builder().addAll(older).addAll(newer).build());
                n--;
            }
        }
    }

    /** The known identifiers of an instance's own values only. */
    private static KnownIdentifiers build(DatasetIdentifiers instance) {
        KnownIdentifiers.Builder b = KnownIdentifiers.builder();
        for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
            instance.values(kind).forEach(v -> add(b, kind, v));
        }
        return b.build();
    }

    /** Adds a value of a data set to a builder as what its kind is. */
    static void add(KnownIdentifiers.Builder b, DatasetIdentifiers.Kind kind, String v) {
        switch (kind) {
            case NAME -> b.personName(v);
            case IDENTIFIER -> b.identifier(v);
            case INSTITUTION -> b.institution(v);
            default -> b.other(v);
        }
    }
}
