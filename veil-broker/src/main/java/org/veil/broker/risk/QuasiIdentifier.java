package org.veil.broker.risk;

import java.util.Locale;

/**
 * An attribute, kept in a delivery, that an adversary can combine with outside knowledge (a voter roll, a news item,
 * a hospital visit) to single a patient out. The per-patient value of a multi-valued identifier (several studies,
 * modalities, series) is the sorted set of its values.
 */
public enum QuasiIdentifier {
    /** Patient's Age (0010,1010) at the first study, or computed from birth date and study date; in years. */
    AGE,
    /** Sex (0010,0040). */
    SEX,
    /** The years of the studies (Study Date, shifted or not). */
    STUDY_YEAR,
    /** The first three digits of a kept ZIP code in Patient's Address (0010,1040). */
    ZIP3,
    /** Institution Name (0008,0080) when kept. */
    INSTITUTION,
    /** Manufacturer and model (0008,0070, 0008,1090) when kept. */
    DEVICE,
    /** Modality (0008,0060). */
    MODALITY,
    /** Body Part Examined (0018,0015). */
    BODY_PART,
    /** Series Description (0008,103E): protocols can be rare enough to identify. */
    SERIES_DESCRIPTION,
    /** The number of studies of the patient in the delivery. */
    STUDY_COUNT;

    /** The name used on the command line and in reports, e.g. {@code study-year}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The identifier named {@code label} (as printed by {@link #label()}, case-insensitive). */
    public static QuasiIdentifier of(String label) {
        for (QuasiIdentifier q : values()) {
            if (q.label().equalsIgnoreCase(label.trim()) || q.name().equalsIgnoreCase(label.trim())) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown quasi-identifier '" + label + "'; known: "
                + java.util.Arrays.stream(values()).map(QuasiIdentifier::label).toList());
    }
}
