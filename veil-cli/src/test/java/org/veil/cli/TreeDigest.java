package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** SHA-256 of every regular file under a folder, by relative path: to compare folders and prove inputs unchanged. */
final class TreeDigest {
    private TreeDigest() {
    }

    static Map<String, String> of(Path root) throws IOException {
        return of(root, p -> true);
    }

    /** Digests of the files whose relative path passes {@code include} (links are not followed). */
    static Map<String, String> of(Path root, Predicate<String> include) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (include.test(rel) && Files.isReadable(p)) {
                    m.put(rel, sha256(p));
                }
            }
        }
        return m;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
