package org.veil.testkit;

/** Whether the tests run on CI (environment variable {@code CI} set and not {@code false}). */
public final class Ci {
    private Ci() {
    }

    public static boolean active() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
