package org.veil.deid.pseudo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remaps UIDs to {@code 2.25.} UIDs (PS3.5 Annex B.2: a UUID-derived UID): {@code 2.25.} followed by the unsigned
 * decimal of the first 128 bits of HMAC-SHA256(UID subkey, UID). The result has at most 44 characters and no leading
 * zero, so it is always valid.
 *
 * <p>Trailing NUL and space padding is removed before anything else, so {@code "1.2.3\0"} and {@code "1.2.3"} map to
 * the same UID. An empty value stays empty. A UID accepted by {@link UidOptions#keep()} is returned unchanged (without
 * padding). A value that is not a valid UID is reported as {@link Outcome.Invalid}, or mapped when the options say
 * {@link InvalidUidPolicy#MAP}. Thread-safe and deterministic.
 */
public final class UidPseudonymizer {
    /** The root of UUID-derived UIDs. */
    public static final String ROOT = "2.25.";
    private static final int BYTES = 16;
    /** Study, series and frame of reference UIDs recur in every file of their series; instance UIDs pass through. */
    private static final int CACHED = 10_000;

    private final Subkeys keys;
    private final UidOptions options;
    private final DerivationCache<String, String> derived = new DerivationCache<>(CACHED);

    public UidPseudonymizer(Subkeys keys, UidOptions options) {
        this.keys = keys;
        this.options = options;
    }

    /** The remapped UID, the kept UID, or why the value is not a UID. */
    public Outcome map(String uid) {
        String value = UidSyntax.unpad(uid);
        if (value.isEmpty()) {
            return Outcome.ok("");
        }
        String problem = UidSyntax.problem(value);
        if (problem == null && options.keep().test(value)) {
            return Outcome.ok(value);
        }
        if (problem != null && options.invalid() == InvalidUidPolicy.REPORT) {
            return Outcome.invalid("UI: " + problem);
        }
        return Outcome.ok(derived.get(value, this::derive));
    }

    private String derive(String value) {
        byte[] mac = keys.hmac(KeyPurpose.UID, value.getBytes(StandardCharsets.UTF_8));
        return ROOT + new BigInteger(1, Arrays.copyOf(mac, BYTES));
    }
}
