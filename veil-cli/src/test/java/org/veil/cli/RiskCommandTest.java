package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veil risk} on a delivery that {@code veil deid} wrote: k as an integer in the JSON, exit 1 below the target,
 * and an HTML report that Chromium renders with its chart (screenshot kept in target/risk-report.png).
 */
class RiskCommandTest {
    @TempDir
    Path dir;


    @Test
    void risk_onADeidentifiedDemo_writesJsonAndHtml_andRendersInChromium() throws Exception {
        Path out = dir.resolve("demo-out");
        CliRun demo = CliRun.of("demo", "--input", Path.of("..", "demo", "input").toString(), "--output",
                out.toString());
        assertEquals(Veil.OK, demo.exit(), demo.err());
        Path json = dir.resolve("risk.json");
        Path html = dir.resolve("risk.html");
        CliRun r = CliRun.of("risk", out.toString(), "--k", "2", "--json", json.toString(), "--html",
                html.toString(), "--sensitive", "body-part");
        assertTrue(r.exit() == Veil.OK || r.exit() == Veil.PROBLEMS, r.err());
        var tree = new ObjectMapper().readTree(json.toFile());
        assertTrue(tree.get("k").isInt(), tree.toString());
        assertEquals(r.exit() == Veil.OK, tree.get("k").asInt() >= 2);
        assertTrue(r.out().contains("k = " + tree.get("k").asInt()), r.out());
        assertTrue(tree.get("patients").asInt() > 0);

        BufferedImage image = HeadlessChromium.screenshot(html, "risk-report.png", dir.resolve("chrome"), "800,900");
        assertTrue(countBarPixels(image) > 200, "the chart's bars are drawn");
    }

    @Test
    void risk_notAFolder_inputExit() {
        CliRun r = CliRun.of("risk", dir.resolve("missing").toString());
        assertEquals(Veil.INPUT, r.exit());
    }

    @Test
    void risk_unknownQuasiIdentifier_usageError() {
        CliRun r = CliRun.of("risk", dir.toString(), "--qi", "age,shoe-size");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().contains("unknown quasi-identifier 'shoe-size'"), r.err());
    }

    /** Pixels of the bar colours (#3b6ea8 within the target, #c0392b below it). */
    private static int countBarPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (near(rgb, 0x3b6ea8) || near(rgb, 0xc0392b)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((target >> shift) & 0xFF)) > 12) {
                return false;
            }
        }
        return true;
    }
}
