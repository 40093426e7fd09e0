package org.veil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.folder.KeyOrigin;

/**
 * The project key of a run. Until the keystore option exists, a run uses {@link ProjectKey#random()}; tests (and only
 * tests) can fix the key through the environment variable {@value #TEST_KEY_FILE}, which names a file holding 64 hex
 * digits. The key itself never appears on the command line (where {@code ps} would show it), in a message or a log.
 *
 * @param key         the key
 * @param origin      random or supplied
 * @param description secret-free text for the summary
 */
record RunKey(ProjectKey key, KeyOrigin origin, String description) {
    /** Environment variable naming a test key file (hidden: not in --help, for tests only). */
    static final String TEST_KEY_FILE = "VEIL_TEST_KEY_FILE";

    /**
     * The key for a run from the environment.
     *
     * @throws IllegalArgumentException when the test key file is named but unusable (the message never shows its
     *                                  content)
     */
    static RunKey from(Map<String, String> environment) {
        String file = environment.get(TEST_KEY_FILE);
        if (file == null || file.isEmpty()) {
            return new RunKey(ProjectKey.random(), KeyOrigin.RANDOM, "random key for this run");
        }
        byte[] secret = read(Path.of(file));
        try {
            return new RunKey(ProjectKey.of(secret), KeyOrigin.SUPPLIED, "test key file from " + TEST_KEY_FILE
                    + ", for testing only");
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] read(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(TEST_KEY_FILE + " names a file that cannot be read: "
                    + FailureText.withoutDetail(e));
        }
        String text = new String(raw, StandardCharsets.US_ASCII).strip();
        Arrays.fill(raw, (byte) 0);
        if (text.length() != 2 * ProjectKey.LENGTH || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(TEST_KEY_FILE + " names a file that does not hold exactly "
                    + 2 * ProjectKey.LENGTH + " hex digits");
        }
        return HexFormat.of().parseHex(text);
    }
}
