package org.veil.broker.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a delivery shows of one subject (a patient, or one study of a patient): for each quasi-identifier the set of
 * values seen in its instances. Built while scanning; {@link #value} gives the value a class is formed on.
 */
public final class Subject {
    private final String id;
    private final Map<QuasiIdentifier, SortedSet<String>> values = new EnumMap<>(QuasiIdentifier.class);
    private Integer age;

    Subject(String id) {
        this.id = id;
    }

    /** The pseudonymous identifier: Patient ID, or Study Instance UID for a study. */
    public String id() {
        return id;
    }

    void add(QuasiIdentifier q, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(q, k -> new TreeSet<>()).add(value.trim());
        }
    }

    /** The youngest age seen (the age at the first study). */
    void age(Integer years) {
        if (years != null && (age == null || years < age)) {
            age = years;
        }
    }

    Integer age() {
        return age;
    }

    /** The raw values of {@code q}, sorted; empty when the delivery does not show it. */
    public SortedSet<String> values(QuasiIdentifier q) {
        return values.getOrDefault(q, new TreeSet<>());
    }

    /** The value of {@code q} after {@code g}: the joined set, an age band, or {@code *} for a suppressed value. */
    String value(QuasiIdentifier q, Generalisation g) {
        if (g.suppressed().contains(q)) {
            return "*";
        }
        if (q == QuasiIdentifier.AGE) {
            return age == null ? "" : g.ageBand(age);
        }
        if (q == QuasiIdentifier.STUDY_YEAR && g.yearSpan() > 1) {
            TreeSet<String> spans = new TreeSet<>();
            for (String y : values(q)) {
                spans.add(g.yearBand(y));
            }
            return String.join("|", spans);
        }
        TreeSet<String> kept = new TreeSet<>();
        for (String v : values(q)) {
            kept.add(g.rare(q, v) ? "*" : v);
        }
        return String.join("|", kept);
    }
}
