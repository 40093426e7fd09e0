package org.veil.broker.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;

class KeystoreFileTest {
    private static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dir;

    private PasswordSource password(String text) throws IOException {
        Path file = Files.createTempFile(dir, "pass", ".txt");
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        return PasswordSource.file(file);
    }

    @Test
    void createThenLoad_samePassword_sameKey() throws IOException {
        KeystoreFile keystore = new KeystoreFile(dir.resolve("veil.p12"));
        ProjectKey created = keystore.create(password(PASSWORD));
        ProjectKey loaded = keystore.load(password(PASSWORD));
        assertEquals(created, loaded);
        assertEquals(created.fingerprint(), loaded.fingerprint());
        assertArrayEquals(created.secretBytes(), loaded.secretBytes());
    }

    @Test
    void create_givenKey_storedExactly() throws IOException {
        ProjectKey key = ProjectKey.random();
        KeystoreFile keystore = new KeystoreFile(dir.resolve("given.p12"));
        keystore.create(password(PASSWORD), key);
        assertEquals(key, keystore.load(password(PASSWORD)));
    }

    @Test
    void create_fileIsStandardPkcs12WithSecretEntry() throws Exception {
        Path file = dir.resolve("std.p12");
        ProjectKey key = new KeystoreFile(file).create(password(PASSWORD));
        KeyStore plain = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            plain.load(in, PASSWORD.toCharArray());
        }
        assertTrue(plain.entryInstanceOf(KeystoreFile.ALIAS, KeyStore.SecretKeyEntry.class));
        assertArrayEquals(key.secretBytes(), plain.getKey(KeystoreFile.ALIAS, PASSWORD.toCharArray()).getEncoded());
    }

    @Test
    void create_secretNotInFileBytes() throws IOException {
        Path file = dir.resolve("k.p12");
        ProjectKey key = new KeystoreFile(file).create(password(PASSWORD));
        String bytes = HexFormat.of().formatHex(Files.readAllBytes(file));
        assertFalse(bytes.contains(HexFormat.of().formatHex(key.secretBytes()).substring(0, 16)));
    }

    @Test
    void create_posixFileSystem_mode600() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path file = dir.resolve("mode.p12");
        new KeystoreFile(file).create(password(PASSWORD));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void create_existingFile_refusesAndKeepsIt() throws IOException {
        Path file = dir.resolve("exists.p12");
        Files.writeString(file, "precious");
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).create(password(PASSWORD)));
        assertEquals(file + " already exists; refusing to overwrite a keystore", e.getMessage());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void create_shortPassword_refused() throws IOException {
        Path file = dir.resolve("short.p12");
        PasswordSource source = password("short");
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).create(source));
        assertEquals("the keystore password from " + source.description() + " is shorter than 12 characters",
                e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void load_wrongPassword_clearErrorWithoutPassword() throws IOException {
        Path file = dir.resolve("wrong.p12");
        new KeystoreFile(file).create(password(PASSWORD));
        PasswordSource wrong = password("not the password at all");
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).load(wrong));
        assertEquals(file + ": wrong keystore password (from " + wrong.description() + "), or the file is damaged",
                e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains("not the password"));
    }

    @Test
    void load_missingFile_saysSo() throws IOException {
        Path file = dir.resolve("none.p12");
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).load(password(PASSWORD)));
        assertEquals(file + ": no keystore there", e.getMessage());
    }

    @Test
    void load_garbage_notPkcs12() throws IOException {
        Path file = dir.resolve("garbage.p12");
        Files.write(file, new byte[] {0x30, 0x03, 0x02, 0x01, 0x05});
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).load(password(PASSWORD)));
        assertTrue(e.getMessage().startsWith(file + ": not a readable PKCS#12 keystore ("), e.getMessage());
    }

    @Test
    void load_keystoreWithoutVeilEntry_saysWhichEntry() throws Exception {
        Path file = dir.resolve("other.p12");
        KeyStore other = KeyStore.getInstance("PKCS12");
        other.load(null, null);
        other.setEntry("something-else", new KeyStore.SecretKeyEntry(new javax.crypto.spec.SecretKeySpec(
                new byte[32], "AES")), new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
        try (var out = Files.newOutputStream(file)) {
            other.store(out, PASSWORD.toCharArray());
        }
        var e = assertThrows(KeystoreException.class, () -> new KeystoreFile(file).load(password(PASSWORD)));
        assertEquals(file + ": no secret-key entry 'veil-project-key'", e.getMessage());
    }
}
