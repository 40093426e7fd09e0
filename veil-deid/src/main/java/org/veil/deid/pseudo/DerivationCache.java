package org.veil.deid.pseudo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded memo of derived values (pseudonyms, remapped UIDs, date offsets), least recently used first out. A run
 * derives the same values over and over (every file of a study has the patient's pseudonyms, date offset and the
 * study, series and frame of reference UIDs); each derivation is an HMAC, which a hardware token computes through a
 * round trip. Derivations are deterministic, so a hit gives exactly what deriving again would. It never holds key
 * material (subkeys, file passwords), only outputs that land in de-identified data anyway, and it is never logged.
 * Thread-safe; two threads missing the same value at once both derive it (same result).
 *
 * @param <K> what a value is derived from
 * @param <V> the derived value
 */
final class DerivationCache<K, V> {
    private final Map<K, V> values;

    DerivationCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a derivation cache holds at least one value, got " + capacity);
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value derived from {@code key}, from the memo or from {@code derive} (then remembered). */
    V get(K key, Function<K, V> derive) {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V derived = derive.apply(key);
        synchronized (values) {
            values.put(key, derived);
        }
        return derived;
    }

    /** How many values are remembered. */
    int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
