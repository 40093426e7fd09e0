package org.veil.text;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the {@link TextScrubber} looks for and what it writes instead. Immutable; build with {@link #builder()}.
 *
 * @param replacement what replaces a finding (dates that can be shifted are shifted instead)
 * @param marker      the marker for {@link Replacement#MARKER}, default {@code [REDACTED]}
 * @param shortMarker the marker used when the value would otherwise exceed its VR's maximum length, default
 *                    {@code [X]}
 * @param dates       whether dates are shifted (keeping their written format) or replaced
 * @param dateOrder   how to read an ambiguous numeric date such as 03/04/2021 (dates with '.' are always read day
 *                    first, and a part above 12 decides by itself)
 * @param initials    whether two- or three-letter initials of a known person ("JS") are replaced
 * @param detect      the categories looked for; a category left out is kept as written (e.g. without
 *                    {@link FindingCategory#TIME} times of day stay)
 * @param idDigits    a run of at least this many digits is an identifying number (default 5, at least 4)
 */
public record ScrubPolicy(Replacement replacement, String marker, String shortMarker, Dates dates,
                          DateOrder dateOrder, Initials initials, Set<FindingCategory> detect, int idDigits) {

    /** What replaces a finding. */
    public enum Replacement {
        /** The finding is deleted, with the space before it. */
        REMOVE,
        /** The finding becomes the marker. */
        MARKER,
        /** Known identifiers become the {@link PseudonymSource}'s pseudonym; everything else the marker. */
        PSEUDONYM
    }

    /** What happens to a date. */
    public enum Dates {
        /** Moved by the {@link DateTextShifter}, written in the original format; replaced when there is none. */
        SHIFT,
        /** Replaced like any other finding. */
        REPLACE
    }

    /** How to read a numeric date whose day and month are both 12 or less. */
    public enum DateOrder {
        /** 03/04/2021 is March 4 (US). */
        MONTH_FIRST,
        /** 03/04/2021 is 3 April (most other countries). */
        DAY_FIRST
    }

    /** What happens to the initials of a known person. */
    public enum Initials {
        /** Replaced unless the letters are also a known term or word (CT, MR, AM). */
        REPLACE,
        /** Kept. */
        KEEP
    }

    public static final String DEFAULT_MARKER = "[REDACTED]";
    public static final String DEFAULT_SHORT_MARKER = "[X]";

    public ScrubPolicy {
        if (replacement == null || marker == null || shortMarker == null || dates == null || dateOrder == null
                || initials == null || detect == null) {
            throw new IllegalArgumentException("ScrubPolicy: no field may be null");
        }
        if (shortMarker.length() > marker.length()) {
            throw new IllegalArgumentException("ScrubPolicy.shortMarker is longer (" + shortMarker.length()
                    + ") than ScrubPolicy.marker (" + marker.length() + ")");
        }
        if (idDigits < 4) {
            throw new IllegalArgumentException("ScrubPolicy.idDigits must be at least 4, was " + idDigits);
        }
        detect = Set.copyOf(detect);
    }

    /** The defaults: markers, dates shifted, initials replaced, every category, five-digit numbers. */
    public static ScrubPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.replacement = replacement;
        b.marker = marker;
        b.shortMarker = shortMarker;
        b.dates = dates;
        b.dateOrder = dateOrder;
        b.initials = initials;
        b.detect = EnumSet.noneOf(FindingCategory.class);
        b.detect.addAll(detect);
        b.idDigits = idDigits;
        return b;
    }

    boolean detects(FindingCategory category) {
        return detect.contains(category);
    }

    /** Assembles a {@link ScrubPolicy}. */
    public static final class Builder {
        private Replacement replacement = Replacement.MARKER;
        private String marker = DEFAULT_MARKER;
        private String shortMarker = DEFAULT_SHORT_MARKER;
        private Dates dates = Dates.SHIFT;
        private DateOrder dateOrder = DateOrder.MONTH_FIRST;
        private Initials initials = Initials.REPLACE;
        private EnumSet<FindingCategory> detect = EnumSet.allOf(FindingCategory.class);
        private int idDigits = 5;

        private Builder() {
        }

        public Builder replacement(Replacement value) {
            this.replacement = value;
            return this;
        }

        public Builder marker(String value) {
            this.marker = value;
            return this;
        }

        public Builder shortMarker(String value) {
            this.shortMarker = value;
            return this;
        }

        public Builder dates(Dates value) {
            this.dates = value;
            return this;
        }

        public Builder dateOrder(DateOrder value) {
            this.dateOrder = value;
            return this;
        }

        public Builder initials(Initials value) {
            this.initials = value;
            return this;
        }

        /** Stops looking for these categories: what they would match stays in the text. */
        public Builder keep(FindingCategory... categories) {
            for (FindingCategory c : categories) {
                detect.remove(c);
            }
            return this;
        }

        public Builder idDigits(int value) {
            this.idDigits = value;
            return this;
        }

        public ScrubPolicy build() {
            return new ScrubPolicy(replacement, marker, shortMarker, dates, dateOrder, initials, detect, idDigits);
        }
    }
}
