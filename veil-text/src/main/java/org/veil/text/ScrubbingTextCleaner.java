package org.veil.text;

import java.util.List;
import java.util.Set;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Instance-aware text cleaning backed by a {@link TextScrubber}: Clean Descriptors and the text of Clean
 * Structured Content and Clean Graphics. For each instance it collects the identifiers of the data set (every person name in every
 * character-set group, patient and other IDs, accession and procedure numbers, institution, department, station
 * and device names, addresses, telephone numbers) and adds those remembered from the patient's earlier files in the
 * run; dates in text are shifted by the patient's offset, or replaced when dates are not shifted. Thread-safe: build
 * one per run.
 *
 * <p>This module does not know the de-identification engine (it sits beside it); whoever assembles a run hands the
 * engine a cleaner shaped like this one, e.g. with veil-deid's {@code TextCleaner}:
 *
 * <pre>{@code
 * ScrubbingTextCleaner scrubbing = ScrubbingTextCleaner.builder().replacement(ScrubPolicy.Replacement.MARKER).build();
 * Deidentifier deid = new Deidentifier(DeidConfig.builder().option(ProfileOption.CLEAN_DESCRIPTORS)
 *         .textCleaner((ds, days, pseudonym) -> scrubbing.forInstance(ds, days, pseudonym)::clean).build());
 * }</pre>
 */
public final class ScrubbingTextCleaner {

    private final TextScrubber scrubber;
    private final PatientMemory memory;

    private ScrubbingTextCleaner(TextScrubber scrubber, PatientMemory memory) {
        this.scrubber = scrubber;
        this.memory = memory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number of patients whose identifiers are remembered now. */
    public int rememberedPatients() {
        return memory.patients();
    }

    /** Cleans the text values of one instance. */
    @FunctionalInterface
    public interface InstanceCleaner {
        /** The cleaned text (no identifier of the instance left), fitting the VR's length limit. */
        String clean(String text, VR vr);
    }

    /**
     * The cleaner for one instance, told its identifiers before anything changes.
     *
     * @param original         the instance's data set, unchanged
     * @param dateShiftDays    the patient's date offset, or null when dates are not shifted (dates in text are removed)
     * @param patientPseudonym the pseudonymous patient ID, to replace the patient's own name or ID if so configured
     */
    public InstanceCleaner forInstance(Dataset original, Integer dateShiftDays, String patientPseudonym) {
        return forInstance(original, dateShiftDays, patientPseudonym, List.of());
    }

    /**
     * Like {@link #forInstance(Dataset, Integer, String)}, with terms that count as known identifiers of every
     * instance besides its own (e.g. a name a reviewer found the detectors missed): each is matched in any case and
     * replaced like the instance's other known values. The terms are PHI: never logged.
     */
    public InstanceCleaner forInstance(Dataset original, Integer dateShiftDays, String patientPseudonym,
                                       List<String> extraTerms) {
        DatasetIdentifiers ids = DatasetIdentifiers.of(original);
        KnownIdentifiers known = memory.merge(patientKey(original, patientPseudonym), ids);
        if (!extraTerms.isEmpty()) {
            KnownIdentifiers.Builder b = known.toBuilder();
            extraTerms.forEach(b::other);
            known = b.build();
        }
        KnownIdentifiers all = known;
        DateTextShifter dates = dateShiftDays == null ? null : DateTextShifter.byDays(dateShiftDays);
        PseudonymSource pseudonyms = pseudonyms(ids.patientOwn(), patientPseudonym);
        return (text, vr) -> {
            if (text == null || text.isEmpty()) {
                return text;
            }
            VR as = vr == null || !vr.isString() ? VR.UT : vr;
            return scrubber.scrub(text, as, all, dates, pseudonyms).text();
        };
    }

    /** The pseudonymous ID when given (stable per patient), else the data set's own issuer and patient ID. */
    private static String patientKey(Dataset ds, String pseudonym) {
        if (pseudonym != null && !pseudonym.isEmpty()) {
            return "P:" + pseudonym;
        }
        DatasetView v = DatasetView.of(ds);
        String id = v.string(Tags.PatientID);
        if (id == null) {
            return null;
        }
        String issuer = v.string(Tags.IssuerOfPatientID);
        return "I:" + (issuer == null ? "" : issuer) + '\u0000' + id;
    }

    /** The patient's own name and ID become the pseudonymous ID; other known values the marker. */
    private static PseudonymSource pseudonyms(Set<String> patientOwn, String pseudonym) {
        if (pseudonym == null || pseudonym.isEmpty()) {
            return PseudonymSource.none();
        }
        return (category, value) -> patientOwn.contains(value) ? pseudonym : null;
    }

    @Override
    public String toString() {
        return "ScrubbingTextCleaner[" + scrubber + ", patients remembered " + memory.patients() + "]";
    }

    /** Assembles a {@link ScrubbingTextCleaner}; defaults: the built-in scrubber, markers, 10,000 patients. */
    public static final class Builder {
        private TextScrubber scrubber;
        private ScrubPolicy.Replacement replacement;
        private int maxPatients = 10_000;
        private int maxValuesPerPatient = 1_000;

        private Builder() {
        }

        /** The scrubber to use (its policy decides the replacement unless {@link #replacement} is set). */
        public Builder scrubber(TextScrubber value) {
            this.scrubber = value;
            return this;
        }

        /**
         * What replaces a finding: {@link ScrubPolicy.Replacement#REMOVE} deletes it, {@code MARKER} writes
         * {@code [REDACTED]}, {@code PSEUDONYM} writes the pseudonymous patient ID for the patient's own name and
         * ID (other findings get the marker). Builds the default scrubber with this replacement.
         */
        public Builder replacement(ScrubPolicy.Replacement value) {
            this.replacement = value;
            return this;
        }

        /** How many patients' identifiers are remembered across files (0: each file on its own). */
        public Builder maxPatients(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("ScrubbingTextCleaner: maxPatients " + value + " < 0");
            }
            this.maxPatients = value;
            return this;
        }

        /** How many identifying values are remembered per patient. */
        public Builder maxValuesPerPatient(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("ScrubbingTextCleaner: maxValuesPerPatient " + value + " < 1");
            }
            this.maxValuesPerPatient = value;
            return this;
        }

        public ScrubbingTextCleaner build() {
            if (scrubber != null && replacement != null) {
                throw new IllegalArgumentException("ScrubbingTextCleaner: give a scrubber or a replacement, not both");
            }
            TextScrubber s = scrubber != null ? scrubber : TextScrubber.builder()
                    .policy(replacement == null ? ScrubPolicy.defaults()
                            : ScrubPolicy.defaults().toBuilder().replacement(replacement).build())
                    .build();
            return new ScrubbingTextCleaner(s, new PatientMemory(maxPatients, maxValuesPerPatient));
        }
    }
}
