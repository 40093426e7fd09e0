package org.veil.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared standard folder (../shared/standard, or {@code VEIL_STANDARD}) for tests that read the DICOM standard
 * extracts. Where it is absent the test is reported skipped with the reason, except on CI ({@code CI} set), where a
 * missing folder fails the test.
 */
public final class Standard {
    private Standard() {
    }

    /** The standard folder (holding json/ and text/); skips (or fails on CI) when absent. */
    public static Path root() {
        var root = SharedDirs.standard();
        if (root.isEmpty()) {
            String reason = "standard folder not found: set VEIL_STANDARD or place it at ../shared/standard";
            if (Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            Assumptions.abort(reason);
        }
        return root.get();
    }

    /** A file of the standard folder, e.g. {@code json/attributes.json}; skips (or fails on CI) when absent. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
