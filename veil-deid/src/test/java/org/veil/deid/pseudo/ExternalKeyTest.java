package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key held elsewhere gives the same MACs as the secret in memory when fed the PRK's subkeys. */
class ExternalKeyTest {
    private static final byte[] SECRET = new byte[ProjectKey.LENGTH];

    static {
        Arrays.fill(SECRET, (byte) 0x5A);
    }

    /** What a token holding the PRK does: one HMAC(PRK, info | 1) per purpose, then MACs under that subkey. */
    private static ProjectKey asToken(byte[] secret) {
        byte[] prk = Subkeys.prk(secret);
        Map<KeyPurpose, byte[]> subkeys = new EnumMap<>(KeyPurpose.class);
        for (KeyPurpose p : KeyPurpose.values()) {
            subkeys.put(p, Hkdf.mac(prk).doFinal(Subkeys.expandMessage(p)));
        }
        return ProjectKey.external(ProjectKey.of(secret).fingerprint(),
                Subkeys.external(p -> Hkdf.mac(subkeys.get(p))));
    }

    @Test
    void external_samePrk_sameMacsForEveryPurpose() {
        ProjectKey file = ProjectKey.of(SECRET);
        ProjectKey token = asToken(SECRET);
        byte[] message = "MRN424242".getBytes(StandardCharsets.US_ASCII);
        for (KeyPurpose p : KeyPurpose.values()) {
            assertArrayEquals(file.subkeys().hmac(p, message), token.subkeys().hmac(p, message), p.label());
        }
        assertEquals(file.fingerprint(), token.fingerprint());
        assertEquals(file.keyId(), token.keyId());
    }

    @Test
    void expandMessage_oneBlock_equalsHkdfExpand() {
        byte[] prk = Subkeys.prk(SECRET);
        for (KeyPurpose p : KeyPurpose.values()) {
            assertArrayEquals(Hkdf.expand(prk, p.info(), Hkdf.HASH_LENGTH),
                    Hkdf.mac(prk).doFinal(Subkeys.expandMessage(p)), p.label());
        }
    }

    @Test
    void secretBytes_externalKey_refusedWithSentence() {
        ProjectKey token = asToken(SECRET);
        IllegalStateException e = assertThrows(IllegalStateException.class, token::secretBytes);
        assertEquals("key " + token.fingerprint() + " is held in a hardware token and its bytes cannot be read; "
                + "use the token itself", e.getMessage());
        assertNotEquals(ProjectKey.of(SECRET), token);
        assertEquals(token, token);
    }

    @Test
    void fingerprintOf_keyMac_sameAsFromSecret() {
        assertEquals(ProjectKey.of(SECRET).fingerprint(), ProjectKey.fingerprintOf(Hkdf.mac(SECRET)));
    }

    @Test
    void external_badFingerprint_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> ProjectKey.external("XYZ", Subkeys.external(p -> Hkdf.mac(SECRET))));
    }
}
