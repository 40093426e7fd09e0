package org.veil.deid.pseudo;

/**
 * Derives each patient's date offset from the key: the first 64 bits of HMAC-SHA256(DATE_SHIFT subkey, encoding of
 * (issuer, patient ID)) as an unsigned number, reduced modulo the range size and added to the range minimum. Every
 * offset of the range is equally likely up to a bias below size/2^64 (under 2^-47 for the largest range), and the
 * same patient gets the same offset on any machine, so intervals between a patient's dates survive exactly.
 *
 * <p>Patients with an empty Patient ID all share one offset: a caller that can tell them apart (e.g. by the study,
 * see the broker's linkage store) should build a {@link PatientKey} that does.
 */
public final class DateShifter {
    /** Patients a run meets again and again (every file of a patient has the same offset). */
    private static final int CACHED = 4_096;

    private final Subkeys keys;
    private final ShiftRange range;
    private final DerivationCache<PatientKey, Integer> offsets = new DerivationCache<>(CACHED);

    public DateShifter(Subkeys keys, ShiftRange range) {
        this.keys = keys;
        this.range = range;
    }

    /** The patient's offset in days, within the range. */
    public int offsetDays(PatientKey patient) {
        return offsets.get(patient, this::derive);
    }

    private int derive(PatientKey patient) {
        byte[] mac = keys.hmac(KeyPurpose.DATE_SHIFT, patient.encoded());
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        return range.minDays() + (int) Long.remainderUnsigned(bits, range.size());
    }

    /** The shift to apply to the patient's DA and DT values. */
    public DateShift forPatient(PatientKey patient) {
        return new DateShift(offsetDays(patient));
    }

    public ShiftRange range() {
        return range;
    }
}
