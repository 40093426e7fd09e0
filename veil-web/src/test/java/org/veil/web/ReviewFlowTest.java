package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditRecord;

/** The decisions over plain HTTP: a box re-runs the pixel step, hold keeps a study back, approve releases it. */
class ReviewFlowTest {
    @TempDir
    Path tmp;

    @Test
    void box_hold_approve_release_audited() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            Instance i = f.cine();
            assertEquals(255, DeliveryFixture.brightestInMissed(i.file(), 1), "the planted miss is there");
            assertFalse(f.review.changes().boxes(i.name()).isEmpty(), "the change report names removed boxes");
            HttpSession rita = new HttpSession(f.server.port());
            rita.signIn("rita", ReviewServerFixture.PASSWORD);

            var png = rita.bytes("/api/instance/" + i.id() + "/png?frame=2");
            assertEquals(200, png.statusCode());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertEquals(640, img.getWidth());
            assertEquals(480, img.getHeight());
            var original = rita.bytes("/api/instance/" + i.id() + "/original.png?frame=2");
            assertEquals(200, original.statusCode(), "the original is served beside the result");
            BufferedImage orig = ImageIO.read(new ByteArrayInputStream(original.body()));
            assertEquals(255, brightest(orig), "the original still has its burned-in text");

            assertEquals(302, rita.post("/study/" + i.study() + "/hold", Map.of("csrf", rita.csrf)).statusCode());
            assertEquals(StudyStatus.HELD, f.review.decisions().of(i.study()));
            assertFalse(Files.exists(f.review.paths().release().resolve(i.name())), "a held study is not released");

            var box = rita.post("/api/instance/" + i.id() + "/box", Map.of("csrf", rita.csrf, "x", "416", "y",
                    "296", "w", "70", "h", "26"));
            assertEquals(200, box.statusCode(), box.body());
            assertTrue(box.body().contains("\"framesChanged\":3"), box.body());
            assertEquals(0, DeliveryFixture.brightestInMissed(i.file(), 0));

            assertEquals(302, rita.post("/study/" + i.study() + "/approve", Map.of("csrf", rita.csrf)).statusCode());
            Path released = f.review.paths().release().resolve(i.name());
            assertTrue(Files.isRegularFile(released), "the approved study is released");
            for (int frame = 0; frame < 3; frame++) {
                assertEquals(0, DeliveryFixture.brightestInMissed(released, frame), "frame " + frame);
            }
            List<String> actions = f.review.audit().records().stream().map(AuditRecord::event)
                    .map(e -> e.action() + " " + e.subject() + " " + e.reason()).toList();
            assertEquals(4, actions.size(), actions.toString());
            assertTrue(actions.get(0).startsWith("hold-study " + i.study() + " web user rita"), actions.get(0));
            assertTrue(actions.get(1).startsWith("redact-box " + i.id() + " web user rita"), actions.get(1));
            assertTrue(actions.get(2).startsWith("approve-study"), actions.get(2));
            assertTrue(actions.get(3).startsWith("release-study"), actions.get(3));
            assertTrue(f.review.audit().intact(), "the audit chain verifies");

            var one = rita.post("/api/instance/" + i.id() + "/box", Map.of("csrf", rita.csrf, "x", "10",
                    "y", "400", "w", "20", "h", "20", "frame", "1"));
            assertTrue(one.body().contains("\"framesChanged\":1"), "only the chosen frame: " + one.body());
            assertEquals(400, rita.post("/api/instance/" + i.id() + "/box", Map.of("csrf", rita.csrf, "x", "10",
                    "y", "10", "w", "-5", "h", "20")).statusCode(), "a box with a negative width is refused");
            assertEquals(400, rita.post("/api/instance/" + i.id() + "/box", Map.of("csrf", rita.csrf, "x", "10",
                    "y", "10", "w", "5", "h", "5", "frame", "3")).statusCode(), "there is no frame 3");
            assertEquals(StudyStatus.PENDING, f.review.decisions().of(i.study()), "a changed study needs approval again");
            assertFalse(Files.exists(released), "the stale released copy is withdrawn");
            assertEquals("withdraw-study", f.review.audit().records().get(5).event().action());
        }
    }

    private static int brightest(BufferedImage img) {
        int max = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                max = Math.max(max, img.getRGB(x, y) & 0xFF);
            }
        }
        return max;
    }
}
