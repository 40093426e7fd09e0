package org.veil.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared folders that sit next to the repository: {@code ../shared/corpus} and {@code ../shared/standard}.
 * An environment variable overrides the search ({@code VEIL_CORPUS}, {@code VEIL_STANDARD}); otherwise each ancestor
 * of the working directory is tried, as {@code a/shared/x} and as {@code a/../shared/x}.
 */
public final class SharedDirs {
    private SharedDirs() {
    }

    /** The corpus folder (holding MANIFEST.tsv), if present. */
    public static Optional<Path> corpus() {
        return find("VEIL_CORPUS", "corpus", "MANIFEST.tsv");
    }

    /** The standard folder (holding json/ and text/), if present. */
    public static Optional<Path> standard() {
        return find("VEIL_STANDARD", "standard", "json/attributes.json");
    }

    /** The defacing data (head series and brain mask, ../shared/deface), if present. */
    public static Optional<Path> deface() {
        return find("VEIL_DEFACE", "deface", "colin27.brain_mask.npy");
    }

    static Optional<Path> find(String env, String name, String marker) {
        String override = System.getenv(env);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            return Files.exists(p.resolve(marker)) ? Optional.of(p) : Optional.empty();
        }
        for (Path a = Path.of("").toAbsolutePath(); a != null; a = a.getParent()) {
            for (Path candidate : new Path[] {a.resolve("shared").resolve(name), a.resolveSibling("shared").resolve(name)}) {
                if (Files.exists(candidate.resolve(marker))) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}
