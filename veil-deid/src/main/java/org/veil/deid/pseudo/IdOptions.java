package org.veil.deid.pseudo;

import java.util.EnumMap;
import java.util.Map;

/**
 * The pseudonym pattern of each {@link IdKind}; kinds not given use their default ({@code {hash}}, i.e. 16 Base32
 * characters, and {@code PAT^{hash}} for names). Every pattern is checked against its VR when the options are built.
 *
 * @param patterns one pattern per kind (complete after construction)
 */
public record IdOptions(Map<IdKind, PseudonymPattern> patterns) {

    public IdOptions {
        Map<IdKind, PseudonymPattern> all = new EnumMap<>(IdKind.class);
        for (IdKind kind : IdKind.values()) {
            PseudonymPattern pattern = patterns.getOrDefault(kind, kind.defaultPattern());
            kind.check(pattern);
            all.put(kind, pattern);
        }
        patterns = Map.copyOf(all);
    }

    /** Every kind with its default pattern. */
    public static IdOptions defaults() {
        return new IdOptions(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The pattern for a kind. */
    public PseudonymPattern pattern(IdKind kind) {
        return patterns.get(kind);
    }

    /** Assembles {@link IdOptions}. */
    public static final class Builder {
        private final Map<IdKind, PseudonymPattern> patterns = new EnumMap<>(IdKind.class);

        private Builder() {
        }

        /** Sets a pattern such as {@code ANON{hash:12}}; see {@link PseudonymPattern#parse(String)}. */
        public Builder pattern(IdKind kind, String pattern) {
            return pattern(kind, PseudonymPattern.parse(pattern));
        }

        public Builder pattern(IdKind kind, PseudonymPattern pattern) {
            kind.check(pattern);
            patterns.put(kind, pattern);
            return this;
        }

        public IdOptions build() {
            return new IdOptions(patterns);
        }
    }
}
