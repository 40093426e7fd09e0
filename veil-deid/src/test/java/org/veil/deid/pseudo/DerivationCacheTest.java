package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DerivationCacheTest {

    @Test
    void get_sameKeyTwice_derivesOnce() {
        DerivationCache<String, String> cache = new DerivationCache<>(4);
        AtomicInteger calls = new AtomicInteger();
        assertEquals("A!", cache.get("A", k -> k + "!" + (calls.incrementAndGet() > 1 ? "again" : "")));
        assertEquals("A!", cache.get("A", k -> k + "!" + (calls.incrementAndGet() > 1 ? "again" : "")));
        assertEquals(1, calls.get());
    }

    @Test
    void get_overCapacity_forgetsLeastRecentlyUsed() {
        DerivationCache<Integer, Integer> cache = new DerivationCache<>(3);
        List<Integer> derived = new ArrayList<>();
        for (int k : new int[] {1, 2, 3, 1, 4, 1, 2}) {
            cache.get(k, x -> {
                derived.add(x);
                return x * 10;
            });
        }
        // 1 was used again before 4 came, so 2 went out (least recently used) and had to be derived again
        assertEquals(List.of(1, 2, 3, 4, 2), derived);
        assertEquals(3, cache.size());
    }

    @Test
    void constructor_zeroCapacity_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DerivationCache<>(0));
        assertEquals("a derivation cache holds at least one value, got 0", e.getMessage());
    }

    @Test
    void uidMap_moreUidsThanRemembered_sameAsWithoutMemo() {
        Subkeys keys = ReferenceKey.key().subkeys();
        UidPseudonymizer cached = new UidPseudonymizer(keys, UidOptions.defaults());
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 12_000; i += 7) {
                String uid = "1.2.826.0.1.3680043.2.1143." + i;
                byte[] mac = keys.macFor(KeyPurpose.UID).doFinal(uid.getBytes(StandardCharsets.UTF_8));
                String expected = UidPseudonymizer.ROOT + new java.math.BigInteger(1, java.util.Arrays.copyOf(mac, 16));
                assertEquals(Outcome.ok(expected), cached.map(uid), uid);
            }
        }
    }

    @Test
    void hmac_reusedMacPerThread_sameAsFreshMac() {
        Subkeys keys = ReferenceKey.key().subkeys();
        for (int i = 0; i < 50; i++) {
            for (KeyPurpose p : KeyPurpose.values()) {
                byte[] message = ("m" + i + p).getBytes(StandardCharsets.US_ASCII);
                org.junit.jupiter.api.Assertions.assertArrayEquals(keys.macFor(p).doFinal(message),
                        keys.hmac(p, message), p + " " + i);
            }
        }
    }
}
