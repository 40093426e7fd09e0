package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ProjectKeyTest {

    @Test
    void fingerprint_referenceKey_matchesIndependentImplementation() {
        assertEquals("266f6ee78d68a3f9", ReferenceKey.key().fingerprint());
    }

    @Test
    void keyId_notChosen_isFingerprint() {
        ProjectKey key = ReferenceKey.key();
        assertEquals(key.fingerprint(), key.keyId());
        assertEquals("study-a", ProjectKey.of("study-a", ReferenceKey.bytes()).keyId());
    }

    @Test
    void toString_anyKey_hidesSecretInHexAndBase64() {
        byte[] secret = ReferenceKey.bytes();
        String text = ReferenceKey.key().toString() + ReferenceKey.key().subkeys();
        String hex = HexFormat.of().formatHex(secret);
        assertFalse(text.toLowerCase().contains(hex.substring(0, 16)));
        assertFalse(text.contains(Base64.getEncoder().encodeToString(secret).substring(0, 12)));
        assertEquals("ProjectKey[keyId=266f6ee78d68a3f9, fingerprint=266f6ee78d68a3f9, secret=(hidden)]",
                ReferenceKey.key().toString());
    }

    @Test
    void of_inputArrayChangedLater_keyUnaffected() {
        byte[] secret = ReferenceKey.bytes();
        ProjectKey key = ProjectKey.of(secret);
        secret[0] = 99;
        assertEquals("266f6ee78d68a3f9", key.fingerprint());
        assertEquals(ReferenceKey.key(), key);
    }

    @Test
    void of_wrongLength_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProjectKey.of(new byte[16]));
        assertEquals("a project key has 32 bytes, got 16", e.getMessage());
    }

    @Test
    void of_allZero_throws() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProjectKey.of(new byte[32]));
        assertEquals("a project key of only zero bytes is not a secret", e.getMessage());
    }

    @Test
    void of_keyIdWithBackslash_throwsNamingPosition() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProjectKey.of("a\\b", ReferenceKey.bytes()));
        assertEquals("a key id has printable ASCII characters except backslash; position 1 is not", e.getMessage());
    }

    @Test
    void random_twoKeys_differ() {
        ProjectKey a = ProjectKey.random();
        ProjectKey b = ProjectKey.random();
        assertNotEquals(a, b);
        assertNotEquals(a.fingerprint(), b.fingerprint());
        assertTrue(a.fingerprint().matches("[0-9a-f]{16}"));
    }

    @Test
    void secretBytes_returnsCopy() {
        ProjectKey key = ReferenceKey.key();
        key.secretBytes()[0] = 42;
        assertEquals(1, key.secretBytes()[0]);
    }
}
