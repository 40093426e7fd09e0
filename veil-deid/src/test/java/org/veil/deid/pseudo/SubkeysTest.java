package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubkeysTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hmac_auditAndTextPurposes_matchIndependentImplementation() {
        Subkeys keys = ReferenceKey.key().subkeys();
        assertEquals("6414d8e79914044ec06ac415866e5f270f3bf13dd66cea50bb760ccea4963bd7",
                HexFormat.of().formatHex(keys.hmac(KeyPurpose.AUDIT, ABC)));
        assertEquals("74995ac0feabe24bdfce4fe492028b8471eb666530144dd56ad37d86f7145cad",
                HexFormat.of().formatHex(keys.hmac(KeyPurpose.TEXT, ABC)));
    }

    @Test
    void hmac_eachPurpose_distinctOutput() {
        Subkeys keys = ReferenceKey.key().subkeys();
        Set<String> outputs = new HashSet<>();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            outputs.add(HexFormat.of().formatHex(keys.hmac(purpose, ABC)));
        }
        assertEquals(KeyPurpose.values().length, outputs.size());
    }

    @Test
    void hmac_manyThreads_sameResult() throws Exception {
        Subkeys keys = ReferenceKey.key().subkeys();
        byte[] expected = keys.hmac(KeyPurpose.UID, ABC);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                results.add(pool.submit(() -> keys.hmac(KeyPurpose.UID, ABC)));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
