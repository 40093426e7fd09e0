package org.veil.text;

/** One default scrubber for all tests (building the lexicon takes a second or two). */
final class SharedScrubber {

    static final TextScrubber DEFAULT = TextScrubber.builder().build();
    static final DateTextShifter PLUS_10_DAYS = DateTextShifter.byDays(10);
    static final String X = ScrubPolicy.DEFAULT_MARKER;

    private SharedScrubber() {
    }

    static String scrub(String text) {
        return DEFAULT.scrub(text, KnownIdentifiers.none(), PLUS_10_DAYS).text();
    }

    static String scrub(String text, KnownIdentifiers known) {
        return DEFAULT.scrub(text, known, PLUS_10_DAYS).text();
    }
}
