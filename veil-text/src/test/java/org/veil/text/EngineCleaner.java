package org.veil.text;

import org.veil.deid.engine.TextCleaner;

/** Hands a {@link ScrubbingTextCleaner} to the engine in tests that run the whole de-identification. */
final class EngineCleaner {
    private EngineCleaner() {
    }

    static TextCleaner of(ScrubbingTextCleaner scrubbing) {
        return (ds, days, pseudonym) -> scrubbing.forInstance(ds, days, pseudonym)::clean;
    }

    static TextCleaner defaults() {
        return of(ScrubbingTextCleaner.builder().build());
    }
}
