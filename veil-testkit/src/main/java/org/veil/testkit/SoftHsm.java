package org.veil.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoftHSM2 tokens for tests (Debian {@code softhsm2}, installed by .ci/run). The library reads its configuration from
 * the environment variable {@value #CONF_VARIABLE} once per process, so the module's surefire configuration sets it to
 * a file under {@code target/}; this class writes that file and a fresh token directory before the first token is
 * made. Every token has user PIN {@value #PIN}.
 *
 * <p>Tokens must be made before the JVM first loads the library: a PKCS#11 library lists its slots when initialised.
 * {@link #tokens(String...)} therefore makes all the tokens a test JVM needs in one call.
 */
public final class SoftHsm {
    /** The environment variable SoftHSM2 reads its configuration file from. */
    public static final String CONF_VARIABLE = "SOFTHSM2_CONF";
    /** The Debian path of the PKCS#11 library. */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    /** The user PIN of every test token. */
    public static final String PIN = "veil-test-pin-4711";
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");
    private static final Map<String, Path> CONFIGS = new HashMap<>();
    private static Path tokenDir;

    private SoftHsm() {
    }

    /**
     * SunPKCS11 configuration files, one per token label, made on the first call (later calls return the same
     * files; a label not made on the first call fails). Skips the test where softhsm2 is missing, fails on CI.
     */
    public static synchronized Map<String, Path> tokens(String... labels) {
        if (CONFIGS.isEmpty()) {
            Tool.require("softhsm2-util");
            make(labels);
        }
        Map<String, Path> out = new HashMap<>();
        for (String label : labels) {
            Path config = CONFIGS.get(label);
            if (config == null) {
                throw new IllegalStateException("token " + label + " was not made by the first call of tokens()");
            }
            out.put(label, config);
        }
        return out;
    }

    private static void make(String... labels) {
        String conf = System.getenv(CONF_VARIABLE);
        if (conf == null) {
            throw new IllegalStateException(CONF_VARIABLE + " is not set: the module's surefire configuration must"
                    + " set it (the library reads it once per process)");
        }
        try {
            Path confFile = Path.of(conf).toAbsolutePath();
            Path dir = Files.createDirectories(confFile.getParent().resolve("softhsm-tokens"));
            tokenDir = Files.createTempDirectory(dir, "run");
            Files.writeString(confFile, "directories.tokendir = " + tokenDir + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n");
            // configurations in a fresh folder too: files kept beside them (a linkage store, audit messages) belong
            // to this run's tokens, and one left by an earlier run would hold another key
            Path configDir = Files.createTempDirectory(dir, "config");
            for (String label : labels) {
                CONFIGS.put(label, config(configDir, label, initToken(label)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many objects (keys, certificates) the tokens made by {@link #tokens} hold together, counted in SoftHSM's
     * file store, which keeps one file per token object: it sees objects the Java key store API does not list (a
     * private key without a certificate).
     */
    public static synchronized long objects() {
        if (tokenDir == null) {
            throw new IllegalStateException("no tokens made yet");
        }
        try (var files = Files.walk(tokenDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".object")
                    && !f.getFileName().toString().equals("token.object")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String initToken(String label) {
        Tool.Result r = Tool.run(Duration.ofSeconds(60), "softhsm2-util", "--init-token", "--free", "--label",
                label, "--so-pin", PIN + "-so", "--pin", PIN);
        Matcher m = SLOT.matcher(r.stdout() + r.stderr());
        if (!r.ok() || !m.find()) {
            throw new IllegalStateException("softhsm2-util could not make token " + label + ": " + r.stderr());
        }
        return m.group(1);
    }

    private static Path config(Path dir, String label, String slot) throws IOException {
        return Files.writeString(dir.resolve(label + ".cfg"), "name = VeilTest-" + label + "\nlibrary = " + LIBRARY
                + "\nslot = " + slot + "\n");
    }
}
