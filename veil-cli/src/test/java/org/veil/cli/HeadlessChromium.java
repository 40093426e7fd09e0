package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.veil.testkit.Tool;

/** Screenshots of an HTML file by headless Chromium (Debian package chromium), without network or profile reuse. */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /**
     * Renders {@code html} into {@code target/<name>} (kept for people to look at) and returns the image.
     *
     * @param profile a fresh folder for Chromium's profile
     * @param window  the window size, e.g. {@code 800,900}
     */
    static BufferedImage screenshot(Path html, String name, Path profile, String window) throws Exception {
        Tool.require("chromium");
        Path png = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Tool.Result shot = Tool.run(Duration.ofSeconds(90), "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + window,
                "--screenshot=" + png, html.toUri().toString());
        assertTrue(Files.isRegularFile(png), shot.stderr());
        return ImageIO.read(png.toFile());
    }
}
