package org.veil.broker.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordSourceTest {
    @TempDir
    Path dir;

    @Test
    void file_crlfAndMoreLines_firstLineOnly() throws IOException {
        Path file = dir.resolve("p");
        Files.writeString(file, "pa ss\u00e9word\r\nsecond line\n", StandardCharsets.UTF_8);
        assertArrayEquals("pa ss\u00e9word".toCharArray(), PasswordSource.file(file).password(PasswordUse.OPEN));
    }

    @Test
    void file_noLineEnd_wholeFile() throws IOException {
        Path file = dir.resolve("p");
        Files.writeString(file, "abc");
        assertArrayEquals("abc".toCharArray(), PasswordSource.file(file).password(PasswordUse.OPEN));
    }

    @Test
    void file_emptyFirstLine_refused() throws IOException {
        Path file = dir.resolve("p");
        Files.writeString(file, "\nsecret\n");
        var e = assertThrows(KeystoreException.class, () -> PasswordSource.file(file).password(PasswordUse.OPEN));
        assertEquals("no keystore password: the first line of " + file + " is empty", e.getMessage());
    }

    @Test
    void file_missing_refused() {
        Path file = dir.resolve("missing");
        var e = assertThrows(KeystoreException.class, () -> PasswordSource.file(file).password(PasswordUse.OPEN));
        assertEquals("no keystore password: " + file + " does not exist", e.getMessage());
    }

    @Test
    void environment_set_value() {
        var source = new EnvironmentPassword("VEIL_KEYSTORE_PASSWORD", Map.of("VEIL_KEYSTORE_PASSWORD", "pw")::get);
        assertArrayEquals("pw".toCharArray(), source.password(PasswordUse.OPEN));
        assertEquals("environment variable VEIL_KEYSTORE_PASSWORD", source.description());
    }

    @Test
    void environment_unset_namesVariable() {
        var source = new EnvironmentPassword("VEIL_KEYSTORE_PASSWORD", name -> null);
        var e = assertThrows(KeystoreException.class, () -> source.password(PasswordUse.CREATE));
        assertEquals("no keystore password: environment variable VEIL_KEYSTORE_PASSWORD is not set", e.getMessage());
    }

    @Test
    void console_none_pointsToAlternatives() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.console() == null, "a console is attached");
        var e = assertThrows(KeystoreException.class, () -> PasswordSource.console().password(PasswordUse.OPEN));
        assertEquals("no keystore password: there is no console; set VEIL_KEYSTORE_PASSWORD or use a password file",
                e.getMessage());
    }
}
