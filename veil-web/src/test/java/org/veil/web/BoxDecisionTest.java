package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditRecord;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;

/**
 * Moving and deleting boxes over plain HTTP: the pixel step is re-run from the original, a deleted box's area comes
 * back as in the input, a box moved on one frame moves there only, the second pass reports text left in a restored
 * area, approval then needs a confirmation, and every decision is in the audit log and the change report.
 */
class BoxDecisionTest {
    @TempDir
    Path tmp;

    @Test
    void deleteAndMove_rerunFromOriginal_restoredTextNeedsConfirmation() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            Instance i = f.cine();
            Path original = f.review.original(i).orElseThrow();
            List<ReviewBox> before = f.review.boxes(i);
            assertTrue(before.size() >= 2, "the run detected at least two boxes: " + before);
            ReviewBox gone = before.get(0);
            ReviewBox moved = before.get(1);
            HttpSession rita = new HttpSession(f.server.port());
            rita.signIn("rita", ReviewServerFixture.PASSWORD);

            HttpResponse<String> del = rita.post(api(i, gone.id() + "/delete"), Map.of("csrf", rita.csrf));
            assertEquals(200, del.statusCode(), del.body());
            assertTrue(del.body().contains("\"textInRestored\":1"), "the burned-in text is back: " + del.body());
            for (int frame = 0; frame < 3; frame++) {
                assertRestored(i.file(), original, frame, gone.rect(), others(f, i, gone));
            }
            Rect to = brightPlace(original, moved.rect(), before.stream().map(ReviewBox::rect).toList());
            HttpResponse<String> mv = rita.post(api(i, moved.id() + "/move"), Map.of("csrf", rita.csrf, "x",
                    String.valueOf(to.x()), "y", String.valueOf(to.y()), "w", String.valueOf(to.width()), "h",
                    String.valueOf(to.height()), "frame", "1"));
            assertEquals(200, mv.statusCode(), mv.body());
            assertEquals(0, brightest(new FrameRenderer().gray(i.file(), 1), to), "filled at the new place on frame 1");
            assertRestored(i.file(), original, 0, to, List.of());
            assertEquals(0, brightest(new FrameRenderer().gray(i.file(), 0), moved.rect()), "the box stays on frame 0");
            assertRestored(i.file(), original, 1, moved.rect(), others(f, i, moved));
            assertTrue(f.review.boxes(i).stream().anyMatch(b -> b.id().equals(moved.id())
                    && b.excluded().equals(java.util.Set.of(1))), "the moved box now skips frame 1");
            assertTrue(DeliveryFixture.brightestInMissed(i.file(), 0) < 255, "the re-run starts from the original, "
                    + "which lacks the block planted into the result");

            assertEquals(409, rita.post("/study/" + i.study() + "/approve", Map.of("csrf", rita.csrf)).statusCode(),
                    "text left in a restored area: approval needs a confirmation");
            assertTrue(rita.get("/instance/" + i.id()).body().contains("id=\"warning\""), "the viewer says so");
            assertTrue(rita.get("/study/" + i.study()).body().contains("id=\"confirm\""), "the study page asks");
            assertEquals(302, rita.post("/study/" + i.study() + "/approve", Map.of("csrf", rita.csrf, "confirm",
                    StudyPages.CONFIRM)).statusCode());
            Path released = f.review.paths().release().resolve(i.name());
            assertRestored(released, original, 2, gone.rect(), others(f, i, gone));

            List<String> events = f.review.audit().records().stream().map(AuditRecord::event)
                    .map(e -> e.action() + " " + e.reason()).toList();
            assertTrue(events.get(0).startsWith("delete-box web user rita: box " + gone.id() + " (detector) "
                    + ReviewBox.position(gone.rect()) + " deleted on every frame: the reviewer asserts"), events.get(0));
            assertTrue(events.get(1).startsWith("restored-text"), events.get(1));
            assertTrue(events.stream().anyMatch(e -> e.startsWith("move-box web user rita: box " + moved.id()
                    + " (detector) " + ReviewBox.position(moved.rect()) + " moved to " + ReviewBox.position(to)
                    + " on frame 1")), events.toString());
            assertTrue(events.stream().anyMatch(e -> e.contains("confirming the text left")), events.toString());
            assertTrue(f.review.audit().intact());
            List<String> report = ChangeLines.read(f.review.paths().changes()).of(i.name()).stream()
                    .map(c -> c.action() + " " + c.rule()).toList();
            assertTrue(report.contains("review-box " + gone.id() + " (detector) " + ReviewBox.position(gone.rect())
                    + " deleted by the review: the area is as in the input"), report.toString());
            assertTrue(report.stream().anyMatch(r -> r.startsWith("review-text-left")), report.toString());
            assertTrue(report.stream().anyMatch(r -> r.startsWith("pixel-text")), "the run's entry stays");
            assertEquals(f.review.boxes(i), new BoxList(f.review.paths().review()).of(i.id(), List.of()),
                    "the box list survives a restart");
        }
    }

    @Test
    void moveWithoutTheOriginal_refusedWithWhatToDo() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp);
             WebServer blind = WebServer.start(Review.open(f.delivery.out, null), "127.0.0.1", 0, null)) {
            Instance i = f.cine();
            byte[] bytes = Files.readAllBytes(i.file());
            HttpSession rita = new HttpSession(blind.port());
            rita.signIn("rita", ReviewServerFixture.PASSWORD);
            HttpResponse<String> r = rita.post(api(i, "d1/delete"), Map.of("csrf", rita.csrf));
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("start veil web with --input IN"), r.body());
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(i.file())), "nothing changed");
            assertEquals(404, rita.post(api(i, "d99/delete"), Map.of("csrf", rita.csrf)).statusCode());

            Path summary = f.review.paths().summary();
            String json = Files.readString(summary);
            String defacing = json.replaceFirst("\"options\"\\s*:\\s*\\[", "\"options\" : [ \"clean-recognizable-"
                    + "visual-features\", ");
            assertFalse(defacing.equals(json), "the summary lists the run's options");
            Files.writeString(summary, defacing);
            HttpSession withOriginal = new HttpSession(f.server.port());
            withOriginal.signIn("rita", ReviewServerFixture.PASSWORD);
            HttpResponse<String> defaced = withOriginal.post(api(i, "d1/delete"), Map.of("csrf", withOriginal.csrf));
            assertEquals(400, defaced.statusCode(), "a defaced run is not re-run from the original");
            assertTrue(defaced.body().contains("the run defaced"), defaced.body());
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(i.file())), "nothing changed");
        }
    }

    /** A place of the box's size, away from the boxes, where frame 1 of the original is brightest. */
    private static Rect brightPlace(Path original, Rect size, List<Rect> boxes) throws Exception {
        GrayImage g = new FrameRenderer().gray(original, 1);
        Rect best = null;
        int most = -1;
        for (int y = 20; y + size.height() < g.height() - 20; y += 10) {
            for (int x = 20; x + size.width() < g.width() - 20; x += 10) {
                Rect r = new Rect(x, y, size.width(), size.height());
                int b = brightest(g, r);
                if (b > most && boxes.stream().allMatch(o -> PixelRerun.share(r, List.of(o)) == 0)) {
                    most = b;
                    best = r;
                }
            }
        }
        assertTrue(most > 0, "frame 1 has something to cover");
        return best;
    }

    static String api(Instance i, String rest) {
        return "/api/instance/" + i.id() + "/box/" + rest;
    }

    private static List<Rect> others(ReviewServerFixture f, Instance i, ReviewBox except) {
        return f.review.boxes(i).stream().filter(b -> !b.id().equals(except.id()) && !b.deleted())
                .map(ReviewBox::rect).toList();
    }

    /** Every pixel of {@code r} outside {@code others} equals the original's on {@code frame}. */
    static void assertRestored(Path file, Path original, int frame, Rect r, List<Rect> others) throws Exception {
        GrayImage now = new FrameRenderer().gray(file, frame);
        GrayImage was = new FrameRenderer().gray(original, frame);
        int compared = 0;
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) {
                final int px = x;
                final int py = y;
                if (others.stream().noneMatch(o -> o.contains(px, py))) {
                    assertEquals(was.get(x, y), now.get(x, y), "pixel " + x + "," + y + " of frame " + frame);
                    compared++;
                }
            }
        }
        assertTrue(compared > 0, "some pixels of " + r + " were compared");
    }

    static int brightest(GrayImage g, Rect r) {
        int max = 0;
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) {
                max = Math.max(max, g.get(x, y));
            }
        }
        return max;
    }
}
