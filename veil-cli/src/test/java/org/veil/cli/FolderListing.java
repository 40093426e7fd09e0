package org.veil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under a folder (folders and files, with each file's SHA-256), by relative path: to prove that a command
 * wrote nothing anywhere under it, created folders included.
 */
final class FolderListing {
    private FolderListing() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                m.put(rel, Files.isDirectory(p) ? "folder" : TreeDigest.sha256(p));
            }
        }
        return m;
    }
}
