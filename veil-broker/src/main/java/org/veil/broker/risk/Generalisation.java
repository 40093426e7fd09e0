package org.veil.broker.risk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How quasi-identifiers are coarsened before classes are formed: ages in bands of {@code ageBand} years (1 = exact),
 * study years in spans of {@code yearSpan} years, the listed identifiers suppressed entirely, and the listed rare
 * values replaced by {@code *}.
 *
 * @param ageBand    width of an age band in years, at least 1; ages of 90 and over are always one band (HIPAA)
 * @param yearSpan   width of a study-year band, at least 1
 * @param suppressed identifiers removed from the delivery
 * @param rareValues per identifier, values seen in fewer than k subjects that are replaced by {@code *}
 */
public record Generalisation(int ageBand, int yearSpan, Set<QuasiIdentifier> suppressed,
                             Map<QuasiIdentifier, Set<String>> rareValues) {
    /** Nothing coarsened: the delivery as it is. */
    public static final Generalisation NONE = new Generalisation(1, 1, Set.of(), Map.of());

    public Generalisation {
        if (ageBand < 1 || yearSpan < 1) {
            throw new IllegalArgumentException("age band and year span must be at least 1");
        }
        suppressed = suppressed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(suppressed));
        rareValues = Map.copyOf(rareValues);
    }

    String ageBand(int age) {
        if (age >= 90) {
            return "90+";
        }
        if (ageBand == 1) {
            return Integer.toString(age);
        }
        int low = age / ageBand * ageBand;
        return low + "-" + Math.min(89, low + ageBand - 1);
    }

    String yearBand(String year) {
        try {
            int y = Integer.parseInt(year);
            int low = Math.floorDiv(y, yearSpan) * yearSpan;
            return low + "-" + (low + yearSpan - 1);
        } catch (NumberFormatException e) {
            return "*";
        }
    }

    boolean rare(QuasiIdentifier q, String value) {
        Set<String> rare = rareValues.get(q);
        return rare != null && rare.contains(value);
    }

    /** A sentence for reports, e.g. {@code ages in 10-year bands, series-description suppressed}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (ageBand > 1) {
            b.append("ages in ").append(ageBand).append("-year bands");
        }
        if (yearSpan > 1) {
            b.append(b.isEmpty() ? "" : ", ").append("study years in ").append(yearSpan).append("-year bands");
        }
        for (var e : rareValues.entrySet()) {
            if (!e.getValue().isEmpty()) {
                b.append(b.isEmpty() ? "" : ", ").append(e.getValue().size()).append(" rare ")
                        .append(e.getKey().label()).append(" value(s) removed");
            }
        }
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            if (!suppressed.contains(q)) {
                continue;
            }
            b.append(b.isEmpty() ? "" : ", ").append(q.label()).append(" removed");
        }
        return b.isEmpty() ? "as delivered" : b.toString();
    }
}
