package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: adding users (hashed, owner-only file, password never from an argument) and usage errors. */
class WebMainTest {
    @TempDir
    Path tmp;

    private int run(Map<String, String> env, ByteArrayOutputStream err, String... args) throws Exception {
        return WebMain.run(args, env, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
    }

    @Test
    void userAdd_storesBcryptHash_ownerOnly() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("out.veil"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(Map.of("VEIL_WEB_PASSWORD", "s3cret-pass"), err, "user", "add", "--run", out.toString(),
                "rita", "--role", "reviewer"), err.toString());
        Path users = tmp.resolve("out.veil/review/users.tsv");
        String text = Files.readString(users);
        assertTrue(text.startsWith("rita\treviewer\t$2a$12$"), text);
        assertFalse(text.contains("s3cret-pass"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertTrue(Review.users(RunPaths.of(out)).check("rita", "s3cret-pass".toCharArray()).isPresent());
        assertFalse(Review.users(RunPaths.of(out)).check("rita", "s3cret-pasS".toCharArray()).isPresent());
    }

    @Test
    void usageErrors_sayWhatIsWrong() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(Map.of(), err, "user", "add", "--run", tmp.toString(), "rita", "--role", "admin"));
        assertTrue(err.toString().contains("the role must be reviewer or viewer"), err.toString());
        err.reset();
        assertEquals(2, run(Map.of("VEIL_WEB_PASSWORD", "short"), err, "user", "add", "--run", tmp.toString(), "rita",
                "--role", "viewer"));
        assertTrue(err.toString().contains("at least 8 characters"), err.toString());
        err.reset();
        assertEquals(2, run(Map.of(), err, "--port", "99999", tmp.toString()));
        assertTrue(err.toString().contains("--port must be a number"), err.toString());
        err.reset();
        assertEquals(2, run(Map.of(), err, "--tls-keystore", "k.p12", tmp.toString()));
        assertTrue(err.toString().contains("VEIL_WEB_KEYSTORE_PASSWORD"), err.toString());
    }
}
