package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CollisionTest {

    /** 10^5 distinct random IDs at 80 bits: a collision has probability about 4e-15, so any means a defect. */
    @Test
    void patientId_hundredThousandRandomIds_noCollision() {
        long seed = 20240601L;
        SplittableRandom random = new SplittableRandom(seed);
        IdPseudonymizer ids = new IdPseudonymizer(ReferenceKey.key().subkeys(), IdOptions.defaults());
        Set<String> originals = new HashSet<>();
        Set<String> pseudonyms = new HashSet<>();
        while (originals.size() < 100_000) {
            String id = Long.toString(random.nextLong(1_000_000_000_000L));
            if (originals.add(id)) {
                pseudonyms.add(ids.patientId(PatientKey.of(id)));
            }
        }
        assertEquals(originals.size(), pseudonyms.size(), "collision among random IDs, seed " + seed);
    }

    @Test
    void uid_hundredThousandSimilarUids_noCollision() {
        UidPseudonymizer uids = new UidPseudonymizer(ReferenceKey.key().subkeys(), UidOptions.defaults());
        Set<String> mapped = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            mapped.add(uids.map("1.2.826.0.1.3680043.2.1125." + i).valueOrThrow());
        }
        assertEquals(100_000, mapped.size());
    }
}
