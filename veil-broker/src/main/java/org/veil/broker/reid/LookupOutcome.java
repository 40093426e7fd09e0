package org.veil.broker.reid;

/** What a re-identification lookup found; the token is what the audit log records. */
public enum LookupOutcome {
    /** Exactly one original. */
    FOUND("found"),
    /** Nothing recorded under that pseudonym. */
    NOT_FOUND("not-found"),
    /** Several originals share the pseudonym (a collision): all are returned, none is chosen. */
    AMBIGUOUS("ambiguous");

    private final String token;

    LookupOutcome(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    static LookupOutcome of(int matches) {
        return matches == 0 ? NOT_FOUND : matches == 1 ? FOUND : AMBIGUOUS;
    }
}
