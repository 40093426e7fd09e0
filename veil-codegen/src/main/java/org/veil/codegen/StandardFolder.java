package org.veil.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared standard folder ({@code json/} and {@code text/} extracted from the DICOM standard): the
 * environment variable {@code VEIL_STANDARD} when set, otherwise {@code shared/standard} inside or next to the
 * repository root or one of its ancestors (the search {@code org.veil.testkit.SharedDirs} does for tests).
 */
final class StandardFolder {
    static final String ENV = "VEIL_STANDARD";
    private static final String MARKER = "json/attributes.json";

    private StandardFolder() {
    }

    /**
     * The standard folder for a repository root.
     *
     * @throws IllegalStateException saying where it looked when there is none
     */
    static Path locate(Path repositoryRoot) {
        String override = System.getenv(ENV);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            if (!Files.exists(p.resolve(MARKER))) {
                throw new IllegalStateException(ENV + "=" + override + " has no " + MARKER);
            }
            return p;
        }
        Path start = repositoryRoot.toAbsolutePath().normalize();
        for (Path a = start; a != null; a = a.getParent()) {
            for (Path candidate : new Path[] {a.resolve("shared/standard"), a.resolveSibling("shared/standard")}) {
                if (Files.exists(candidate.resolve(MARKER))) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("standard folder not found: set " + ENV
                + " or place it at shared/standard next to or above " + start);
    }
}
