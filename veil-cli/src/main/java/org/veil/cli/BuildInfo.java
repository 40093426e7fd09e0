package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of Veil is: the release (the Maven project version) and the commit it was built from, written into
 * the jar at build time ({@code veil-build.properties} by resource filtering, {@code veil-git.properties} by the
 * git-commit-id plugin). A build outside a git checkout says {@code unknown} for the commit.
 *
 * @param release the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated commit id, with {@code -dirty} when the tree had uncommitted changes
 */
record BuildInfo(String release, String commit) {
    static final String UNKNOWN = "unknown";

    static BuildInfo load() {
        Properties build = read("/org/veil/cli/veil-build.properties");
        Properties git = read("/org/veil/cli/veil-git.properties");
        String release = build.getProperty("release", UNKNOWN);
        String commit = git.getProperty("git.commit.id.abbrev", UNKNOWN);
        if (commit.isBlank()) {
            commit = UNKNOWN;
        }
        if ("true".equals(git.getProperty("git.dirty")) && !commit.equals(UNKNOWN)) {
            commit = commit + "-dirty";
        }
        return new BuildInfo(release.startsWith("${") ? UNKNOWN : release, commit);
    }

    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the Veil jar", e);
        }
        return p;
    }
}
