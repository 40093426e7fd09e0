package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditRecord;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;
import org.veil.pipeline.run.TextTerms;

/**
 * A text miss over plain HTTP: the reviewer sees the kept name in the delivered description, marks it with the term,
 * the term joins the run's text terms, the study is re-cleaned, the released copy lacks it, and neither the audit log
 * nor the change report holds the term.
 */
class TextMissTest {
    @TempDir
    Path tmp;

    @Test
    void markMiss_termGoneFromRelease_auditedWithoutTheTerm() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            Instance i = f.cine();
            assertTrue(description(i.file()).contains(DeliveryFixture.KEPT), "the cleaner kept the made-up name");
            HttpSession rita = new HttpSession(f.server.port());
            rita.signIn("rita", ReviewServerFixture.PASSWORD);
            String page = rita.get("/instance/" + i.id()).body();
            assertTrue(page.contains("knee " + DeliveryFixture.KEPT), "the reviewer sees the delivered value");
            assertEquals(400, rita.post("/api/instance/" + i.id() + "/text-miss", Map.of("csrf", rita.csrf,
                    "attribute", "(0008,1030)", "term", "two\nlines")).statusCode(), "a term is one line");

            String term = "Zorblatt";
            HttpResponse<String> r = rita.post("/api/instance/" + i.id() + "/text-miss", Map.of("csrf", rita.csrf,
                    "attribute", "(0008,1030)", "term", term, "scope", "study"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"instances\":1"), r.body());
            String now = description(i.file());
            assertFalse(now.toLowerCase(Locale.ROOT).contains(DeliveryFixture.KEPT), now);
            assertTrue(now.startsWith("knee [REDACTED] follow-up"), now);
            Path terms = f.review.paths().work().resolve(TextTerms.FILE);
            assertEquals(List.of(term), TextTerms.read(f.review.paths().work()), "the term is in the run state");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(terms)));

            assertEquals(302, rita.post("/study/" + i.study() + "/approve", Map.of("csrf", rita.csrf)).statusCode());
            Path released = f.review.paths().release().resolve(i.name());
            assertFalse(description(released).toLowerCase(Locale.ROOT).contains(DeliveryFixture.KEPT));

            AuditRecord mark = f.review.audit().records().stream().filter(a -> a.event().action()
                    .equals("mark-text-miss")).findFirst().orElseThrow();
            assertEquals(i.study(), mark.event().subject());
            assertTrue(mark.event().reason().contains("attribute (0008,1030) still held PHI; a term of 8 character(s), "
                    + "keyed digest " + f.review.audit().digest(term)), mark.event().reason());
            for (Path p : List.of(f.review.paths().review().resolve("audit.jsonl"), f.review.paths().changes())) {
                String text = Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                assertFalse(text.contains(DeliveryFixture.KEPT), "no term in " + p.getFileName());
            }
            assertTrue(ChangeLines.read(f.review.paths().changes()).of(i.name()).stream()
                    .anyMatch(c -> c.path().equals("(0008,1030)") && c.action().equals("review-term")));
        }
    }

    private static String description(Path file) throws Exception {
        return DatasetView.of(DicomReader.read(file).dataset()).string(Tags.StudyDescription);
    }
}
