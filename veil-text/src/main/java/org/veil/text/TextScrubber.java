package org.veil.text;

import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.VR;

/**
 * Cleans free text (descriptions, comments, report text: SH, LO, ST, LT, UT, UC and PN where kept) of identifiers,
 * keeping the clinical words: known names and IDs of the patient context, dates (shifted in their own format),
 * times, ages over 89, phone numbers, e-mail and web addresses, SSNs and record numbers, street addresses and postal
 * codes, clinic and hospital names, and person names found with name lists, context and the shape of the word.
 * PS3.15 Annex E "Clean Descriptors Option".
 * <p>
 * Build once per run and share: a scrubber is immutable and thread-safe. Per value it tokenizes once, looks every
 * word up in one trie, walks the patient's automaton once and runs the few regular expressions only when the value
 * has digits, '@' or '.'; it never builds a pattern per name or per value. It never logs and never puts text from a
 * value into an exception message or a {@code toString}.
 * <pre>{@code
 * TextScrubber scrubber = TextScrubber.builder().build();
 * KnownIdentifiers known = KnownIdentifiers.builder().personName("SMITH^JOHN").identifier("MRN12345").build();
 * ScrubResult r = scrubber.scrub("CT CHEST f/u for John SMITH 03/12/2021", known, DateTextShifter.byDays(-12));
 * r.text();  // "CT CHEST f/u for [REDACTED] 02/28/2021"
 * }</pre>
 */
public final class TextScrubber {

    private final ScrubPolicy policy;
    private final Lexicon lexicon;
    private final Rewriter rewriter;
    private final KnownIdentifierDetector knownDetector;
    private final ContactDetector contactDetector = new ContactDetector();
    private final DateDetector dateDetector;
    private final TimeDetector timeDetector = new TimeDetector();
    private final PhoneDetector phoneDetector = new PhoneDetector();
    private final AddressDetector addressDetector = new AddressDetector();
    private final PostalCodeDetector postalCodeDetector = new PostalCodeDetector();
    private final NumberDetector numberDetector;
    private final OrganizationDetector organizationDetector = new OrganizationDetector();
    private final PersonNameDetector nameDetector;

    private TextScrubber(Builder b) {
        this.policy = b.policy;
        if (b.names == null && b.terms == null) {
            preload();
            this.lexicon = Lexicon.builtin();
            this.nameDetector = new PersonNameDetector(NameShape.builtin());
        } else {
            NameLists names = b.names == null ? NameLists.builtin() : b.names;
            ClinicalTerms terms = b.terms == null ? ClinicalTerms.builtin() : b.terms;
            this.lexicon = Lexicon.of(names, terms);
            this.nameDetector = new PersonNameDetector(NameShape.of(names, terms, lexicon));
        }
        this.rewriter = new Rewriter(b.policy, b.pseudonyms);
        this.knownDetector = new KnownIdentifierDetector(b.policy);
        this.dateDetector = new DateDetector(b.policy);
        this.numberDetector = new NumberDetector(b.policy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the shared tables of the built-in lists now (the lexicon and the name model, once per process: read from
     * the image the build put in the jar, else built from the lists, see {@link BuiltinTables}), e.g. on a thread
     * that would otherwise wait for something else, so that the scrubbers built later are ready at once.
     */
    public static void preload() {
        BuiltinTables.get();
    }

    public ScrubPolicy policy() {
        return policy;
    }

    /**
     * Scrubs one text of any length, as one value (a backslash is text).
     *
     * @param known the patient context's identifiers, {@link KnownIdentifiers#none()} when there are none
     * @param dates shifts dates; null replaces them
     */
    public ScrubResult scrub(String text, KnownIdentifiers known, DateTextShifter dates) {
        return scrubValue(text, 0, known, dates, rewriter);
    }

    /**
     * Scrubs an attribute value of a text VR: SH, LO, UC and PN values are split at backslashes and scrubbed one
     * by one; each result is fitted to {@link VR#maxLength()} (see {@link LengthFitter}). Findings are positions in
     * the whole value.
     */
    public ScrubResult scrub(String value, VR vr, KnownIdentifiers known, DateTextShifter dates) {
        return scrub(value, vr, known, dates, null);
    }

    /**
     * Like {@link #scrub(String, VR, KnownIdentifiers, DateTextShifter)}, with the pseudonyms of this call (for
     * example the pseudonyms of one instance's patient) instead of the builder's.
     *
     * @param pseudonyms the replacements of known identifiers under {@link ScrubPolicy.Replacement#PSEUDONYM}; null
     *                   uses the builder's
     */
    public ScrubResult scrub(String value, VR vr, KnownIdentifiers known, DateTextShifter dates,
                             PseudonymSource pseudonyms) {
        Rewriter writer = pseudonyms == null ? rewriter : rewriter.with(pseudonyms);
        if (!vr.isString()) {
            throw new IllegalArgumentException("TextScrubber: VR " + vr + " holds no text");
        }
        if (!vr.isMultiValuedString() || value.indexOf('\\') < 0) {
            return scrubValue(value, vr.maxLength(), known, dates, writer);
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        List<Finding> findings = new ArrayList<>();
        LengthFit fit = LengthFit.FITS;
        int from = 0;
        while (from <= value.length()) {
            int to = value.indexOf('\\', from);
            to = to < 0 ? value.length() : to;
            ScrubResult part = scrubValue(value.substring(from, to), vr.maxLength(), known, dates, writer);
            if (from > 0) {
                out.append('\\');
            }
            out.append(part.text());
            for (Finding f : part.findings()) {
                findings.add(new Finding(f.category(), f.start() + from, f.end() + from));
            }
            fit = part.fit().compareTo(fit) > 0 ? part.fit() : fit;
            from = to + 1;
        }
        return new ScrubResult(out.toString(), findings, fit);
    }

    private ScrubResult scrubValue(String text, int maxLength, KnownIdentifiers known, DateTextShifter dates,
                                   Rewriter writer) {
        if (text == null) {
            throw new IllegalArgumentException("TextScrubber: text is null");
        }
        TokenizedText t = TokenizedText.of(text, lexicon);
        if (t.count == 0) {
            return new ScrubResult(text, List.of(), LengthFit.FITS);
        }
        HitList hits = new HitList(policy.detect());
        contactDetector.detect(t, hits);
        knownDetector.detect(t, (known == null ? KnownIdentifiers.none() : known).patterns(), hits);
        dateDetector.detect(t, dates, hits);
        timeDetector.detect(t, hits);
        phoneDetector.detect(t, hits);
        organizationDetector.detect(t, hits);
        addressDetector.detect(t, hits);
        postalCodeDetector.detect(t, hits);
        numberDetector.detect(t, hits);
        nameDetector.detect(t, hits);
        if (hits.isEmpty() && (maxLength <= 0 || text.length() <= maxLength)) {
            return new ScrubResult(text, List.of(), LengthFit.FITS);
        }
        List<Hit> merged = hits.merged();
        LengthFitter.Fitted fitted = LengthFitter.fit(text, merged, maxLength, writer);
        List<Finding> findings = new ArrayList<>(merged.size());
        for (Hit h : merged) {
            findings.add(new Finding(h.category(), h.start(), h.end()));
        }
        return new ScrubResult(fitted.text(), findings, fitted.fit());
    }

    @Override
    public String toString() {
        return "TextScrubber[" + policy.replacement() + ", dates " + policy.dates() + "]";
    }

    /** Assembles a {@link TextScrubber}; the defaults are the built-in lists and {@link ScrubPolicy#defaults()}. */
    public static final class Builder {
        private ScrubPolicy policy = ScrubPolicy.defaults();
        private NameLists names;
        private ClinicalTerms terms;
        private PseudonymSource pseudonyms = PseudonymSource.none();

        private Builder() {
        }

        public Builder policy(ScrubPolicy value) {
            this.policy = value;
            return this;
        }

        public Builder nameLists(NameLists value) {
            this.names = value;
            return this;
        }

        public Builder allowList(ClinicalTerms value) {
            this.terms = value;
            return this;
        }

        public Builder pseudonyms(PseudonymSource value) {
            this.pseudonyms = value;
            return this;
        }

        /** Builds the scrubber; lists not given are the built-in ones (whose tables are built once per process). */
        public TextScrubber build() {
            if (policy == null || pseudonyms == null) {
                throw new IllegalArgumentException("TextScrubber.Builder: policy and pseudonyms may not be null");
            }
            return new TextScrubber(this);
        }
    }
}
