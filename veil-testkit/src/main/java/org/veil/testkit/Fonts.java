package org.veil.testkit;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether Java can draw text on this machine (headless AWT needs fontconfig and at least one font). Tests that burn
 * text into images call {@link #require()}: where fonts are missing they report themselves skipped with what to
 * install, except on CI (which installs them), where they fail.
 */
public final class Fonts {
    private static final String INSTALL = "apt-get install fontconfig fonts-dejavu-core";
    private static volatile Boolean available;

    private Fonts() {
    }

    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    /** Skips the calling test (fails it on CI) when text cannot be drawn. */
    public static void require() {
        if (available()) {
            return;
        }
        String why = "Java cannot draw text here (no fontconfig or no font): " + INSTALL;
        if (Ci.active()) {
            throw new AssertionError(why);
        }
        Assumptions.abort(why);
    }

    private static boolean probe() {
        try {
            BufferedImage img = new BufferedImage(32, 16, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            try {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                g.drawString("Ag", 1, 12);
            } finally {
                g.dispose();
            }
            return true;
        } catch (RuntimeException | Error e) {
            return false;
        }
    }
}
