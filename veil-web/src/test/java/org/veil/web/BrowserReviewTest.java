package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veil.broker.audit.AuditRecord;
import org.veil.pixel.frame.Rect;
import org.veil.testkit.Tool;

/**
 * The review in headless Chromium: sign in, open the study and the cleaned ultrasound, see the removed boxes, draw a
 * box over the planted text the detector missed, re-run, approve; the released copy has the text removed and the audit
 * log has the events. Screenshots of the viewer canvas go to {@code target/web-screenshots/} and are checked.
 */
class BrowserReviewTest {
    private static final Path SHOTS = Path.of("target", "web-screenshots");

    @TempDir
    Path tmp;

    @Test
    void reviewer_drawsMissedBox_reruns_approves() throws Exception {
        requireChromium();
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            WebDriver driver = chrome(tmp.resolve("profile"));
            try {
                review(driver, f);
            } finally {
                driver.quit();
            }
            Instance i = f.cine();
            Path released = f.review.paths().release().resolve(i.name());
            for (int frame = 0; frame < 3; frame++) {
                assertEquals(0, DeliveryFixture.brightestInMissed(released, frame), "released frame " + frame);
            }
            List<String> actions = f.review.audit().records().stream().map(AuditRecord::event)
                    .map(e -> e.action()).toList();
            assertEquals(List.of("redact-box", "approve-study", "release-study"), actions);
            assertTrue(f.review.audit().intact());
        }
    }

    /**
     * Deletes a detected box (its burned-in text comes back, the warning shows) and drags another one elsewhere,
     * approves with the confirmation; the released copy has the first area as in the input and the moved box filled.
     */
    @Test
    void reviewer_movesAndDeletesBoxes_approvesWithConfirmation() throws Exception {
        requireChromium();
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            Instance i = f.cine();
            List<ReviewBox> boxes = f.review.boxes(i);
            ReviewBox gone = boxes.get(0);
            ReviewBox moved = boxes.get(1);
            Rect to = awayFrom(moved.rect(), boxes);
            WebDriver driver = chrome(tmp.resolve("profile"));
            try {
                WebDriverWait wait = waiting(driver);
                WebElement canvas = openViewer(driver, wait, f);
                driver.findElement(By.id("select-" + gone.id())).click();
                int v = version(driver);
                driver.findElement(By.id("delete")).click();
                wait.until(d -> d.findElement(By.id("message")).getText().startsWith("done"));
                assertTrue(driver.findElement(By.id("message")).getText().contains("WARNING"),
                        "the second pass finds the restored text and says so");
                canvas = wait.until(d -> version(d) > v ? d.findElement(By.id("result")) : null);
                BufferedImage deleted = shot(canvas, "3-after-delete.png");
                assertTrue(brightest(deleted, inner(gone.rect())) > 100, "the deleted box's text shows again");

                driver.findElement(By.id("select-" + moved.id())).click();
                int cx = canvas.getSize().getWidth() / 2;
                int cy = canvas.getSize().getHeight() / 2;
                Rect m = moved.rect();
                new Actions(driver).moveToElement(canvas, m.x() + m.width() / 2 - cx, m.y() + m.height() / 2 - cy)
                        .clickAndHold().moveByOffset((to.x() - m.x()) / 2, (to.y() - m.y()) / 2)
                        .moveByOffset(to.x() - m.x() - (to.x() - m.x()) / 2, to.y() - m.y() - (to.y() - m.y()) / 2)
                        .release().perform();
                assertEquals(String.valueOf(to.y()), driver.findElement(By.id("by")).getAttribute("value"),
                        "dragging inside the selected box moves it");
                int w = version(driver);
                driver.findElement(By.id("move")).click();
                wait.until(d -> d.findElement(By.id("message")).getText().startsWith("done"));
                canvas = wait.until(d -> version(d) > w ? d.findElement(By.id("result")) : null);
                BufferedImage after = shot(canvas, "4-after-move.png");
                assertTrue(edgeHas(after, to, 0x00FFFF), "the moved (selected) box is drawn at its new place");
                assertTrue(brightest(after, inner(to)) < 40, "and filled there");
                assertTrue(driver.findElement(By.id("box-" + moved.id())).getText().contains(
                        "[" + to.x() + "," + to.y() + " "), "the box list shows the new position");

                driver.get("http://127.0.0.1:" + f.server.port() + "/study/" + i.study());
                assertTrue(driver.findElement(By.id("warning")).getText().contains("still show text"));
                driver.findElement(By.id("confirm")).click();
                driver.findElement(By.id("approve")).click();
                wait.until(d -> d.findElement(By.id("status")).getText().equals("approved"));
            } finally {
                driver.quit();
            }
            Path released = f.review.paths().release().resolve(i.name());
            Path original = f.review.original(i).orElseThrow();
            for (int frame = 0; frame < 3; frame++) {
                BoxDecisionTest.assertRestored(released, original, frame, gone.rect(), List.of(to));
                assertEquals(0, BoxDecisionTest.brightest(new FrameRenderer().gray(released, frame), to));
            }
            List<String> actions = f.review.audit().records().stream().map(a -> a.event().action()).toList();
            assertEquals(List.of("delete-box", "restored-text", "move-box", "restored-text", "approve-study",
                    "release-study"), actions);
        }
    }

    /** Marks the name the cleaner kept as a miss for the whole study, approves; the released copy lacks it. */
    @Test
    void reviewer_marksTextMiss_releasedCopyLacksTheTerm() throws Exception {
        requireChromium();
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            Instance i = f.cine();
            WebDriver driver = chrome(tmp.resolve("profile"));
            try {
                WebDriverWait wait = waiting(driver);
                openViewer(driver, wait, f);
                WebElement texts = driver.findElement(By.id("texts"));
                assertTrue(texts.getText().contains("knee " + DeliveryFixture.KEPT), texts.getText());
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("missattr")))
                        .selectByVisibleText("(0008,1030)");
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("missscope")))
                        .selectByValue("study");
                driver.findElement(By.id("term")).sendKeys(DeliveryFixture.KEPT);
                shot(texts, "5-text-miss-before.png");
                driver.findElement(By.id("miss")).click();
                wait.until(d -> d.findElement(By.id("missmessage")).getText().startsWith("done"));
                assertTrue(driver.findElement(By.id("missmessage")).getText().contains("1 value(s) in 1 instance(s)"));
                driver.navigate().refresh();
                texts = wait.until(d -> d.findElement(By.id("texts")));
                BufferedImage shot = shot(texts, "6-text-miss-after.png");
                assertTrue(shot.getWidth() > 0);
                assertTrue(texts.getText().contains("knee [REDACTED] follow-up"), texts.getText());
                driver.get("http://127.0.0.1:" + f.server.port() + "/study/" + i.study());
                driver.findElement(By.id("approve")).click();
                wait.until(d -> d.findElement(By.id("status")).getText().equals("approved"));
            } finally {
                driver.quit();
            }
            Path released = f.review.paths().release().resolve(i.name());
            String d = org.veil.dicom.data.DatasetView.of(org.veil.dicom.io.DicomReader.read(released).dataset())
                    .string(org.veil.dicom.dict.Tags.StudyDescription);
            assertTrue(d.startsWith("knee [REDACTED] follow-up"), d);
            assertEquals(List.of("mark-text-miss", "approve-study", "release-study"), f.review.audit().records()
                    .stream().map(a -> a.event().action()).toList());
        }
    }

    private static void requireChromium() throws IOException {
        Tool.require("chromium");
        Tool.require("chromedriver");
        Files.createDirectories(SHOTS);
    }

    /** The place the box moves to in the browser test: below it (or above) by 100 rows, clear of the others. */
    private static Rect awayFrom(Rect r, List<ReviewBox> boxes) {
        for (int dy : new int[] {100, -100, 160, -160}) {
            Rect t = new Rect(r.x(), r.y() + dy, r.width(), r.height());
            if (t.y() >= 0 && t.y() + t.height() <= 480 && boxes.stream()
                    .allMatch(b -> PixelRerun.share(t, List.of(b.rect())) == 0)) {
                return t;
            }
        }
        throw new AssertionError("no free place for " + r);
    }

    private static Rect inner(Rect r) {
        return new Rect(r.x() + 2, r.y() + 2, Math.max(1, r.width() - 4), Math.max(1, r.height() - 4));
    }

    private static WebDriverWait waiting(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in as the reviewer and opens the cine's viewer; returns its result canvas once drawn. */
    private static WebElement openViewer(WebDriver driver, WebDriverWait wait, ReviewServerFixture f) {
        String base = "http://127.0.0.1:" + f.server.port();
        driver.get(base + "/studies");
        assertTrue(driver.getCurrentUrl().endsWith("/signin"), "signed out: sent to the sign-in page");
        driver.findElement(By.id("name")).sendKeys("rita");
        driver.findElement(By.id("password")).sendKeys(ReviewServerFixture.PASSWORD);
        driver.findElement(By.id("signin")).click();
        wait.until(d -> d.findElements(By.id("counts")).size() == 1);
        driver.get(base + "/studies");
        driver.findElement(By.cssSelector("#studies tr.study a")).click();
        wait.until(d -> d.findElements(By.cssSelector("a.instance")).size() == 1);
        driver.findElement(By.cssSelector("a.instance")).click();
        return wait.until(d -> loaded(d, 1));
    }

    private static void review(WebDriver driver, ReviewServerFixture f) throws IOException {
        WebDriverWait wait = waiting(driver);
        WebElement canvas = openViewer(driver, wait, f);
        String base = "http://127.0.0.1:" + f.server.port();
        Instance i = f.cine();
        BufferedImage before = shot(canvas, "1-viewer.png");
        assertEquals(640, before.getWidth());
        assertTrue(spread(before) > 40, "the viewer canvas is not blank");
        List<Rect> removed = f.review.changes().boxes(i.name());
        assertTrue(!removed.isEmpty(), "the run removed boxes");
        for (Rect r : removed) {
            assertTrue(edgeHas(before, r, 0xFF0000), "a red box is drawn at " + r);
        }
        assertTrue(brightest(before, DeliveryFixture.MISSED) > 200, "the missed text shows");

        Rect m = DeliveryFixture.MISSED;
        int cx = canvas.getSize().getWidth() / 2;
        int cy = canvas.getSize().getHeight() / 2;
        new Actions(driver).moveToElement(canvas, m.x() - 5 - cx, m.y() - 5 - cy).clickAndHold()
                .moveByOffset(m.width() / 2, m.height() / 2).moveByOffset(m.width() / 2 + 10, m.height() / 2 + 10)
                .release().perform();
        assertTrue(Integer.parseInt(driver.findElement(By.id("bw")).getAttribute("value")) >= m.width(),
                "the dragged box covers the missed text");
        driver.findElement(By.id("apply")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().startsWith("done"));
        canvas = wait.until(d -> loaded(d, 3));
        BufferedImage after = shot(canvas, "2-after-box.png");
        assertTrue(brightest(after, new Rect(m.x() + 2, m.y() + 2, m.width() - 4, m.height() - 4)) < 40,
                "the missed text is gone from the result");
        assertTrue(edgeHas(after, new Rect(m.x() - 5, m.y() - 5, m.width() + 15, m.height() + 15), 0x00FF00),
                "the added box is drawn in green where it was dragged");

        driver.get(base + "/study/" + i.study());
        driver.findElement(By.id("approve")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().equals("approved"));
    }

    /** How many times the viewer fetched the boxes and drew the result after (its data-version). */
    private static int version(WebDriver d) {
        String v = d.findElement(By.id("result")).getAttribute("data-version");
        return v == null ? -1 : Integer.parseInt(v);
    }

    private static WebElement loaded(WebDriver d, int times) {
        WebElement c = d.findElement(By.id("result"));
        String n = c.getAttribute("data-loaded");
        return n != null && Integer.parseInt(n) >= times ? c : null;
    }

    private static WebDriver chrome(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,2000",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    private static BufferedImage shot(WebElement canvas, String name) throws IOException {
        new Actions(((org.openqa.selenium.WrapsDriver) canvas).getWrappedDriver()).scrollToElement(canvas).perform();
        byte[] png = canvas.getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Highest minus lowest gray value of a sample of the image (0 for a blank canvas). */
    private static int spread(BufferedImage img) {
        int lo = 255;
        int hi = 0;
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                int g = img.getRGB(x, y) & 0xFF;
                lo = Math.min(lo, g);
                hi = Math.max(hi, g);
            }
        }
        return hi - lo;
    }

    private static int brightest(BufferedImage img, Rect r) {
        int max = 0;
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) {
                max = Math.max(max, img.getRGB(x, y) & 0xFF);
            }
        }
        return max;
    }

    /** True when the left edge of {@code r} (within 2 pixels, on the middle row) has the color. */
    private static boolean edgeHas(BufferedImage img, Rect r, int rgb) {
        int y = r.y() + r.height() / 2;
        for (int x = Math.max(0, r.x() - 2); x <= r.x() + 2 && x < img.getWidth(); x++) {
            int p = img.getRGB(x, y) & 0xFFFFFF;
            int dr = Math.abs((p >> 16) - (rgb >> 16));
            int dg = Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF));
            int db = Math.abs((p & 0xFF) - (rgb & 0xFF));
            if (dr < 60 && dg < 60 && db < 60) {
                return true;
            }
        }
        return false;
    }
}
