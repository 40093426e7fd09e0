package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, session cookie, CSRF and roles, over plain HTTP. */
class WebSecurityTest {
    @TempDir
    static Path tmp;
    static ReviewServerFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new ReviewServerFixture(tmp);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private List<String> pages() {
        Instance i = f.cine();
        return List.of("/", "/studies", "/quarantine", "/study/" + i.study(), "/instance/" + i.id(), "/viewer.js",
                "/report");
    }

    private List<String> apis() {
        Instance i = f.cine();
        return List.of("/api/instance/" + i.id() + "/png", "/api/instance/" + i.id() + "/original.png",
                "/api/instance/" + i.id() + "/boxes");
    }

    @Test
    void everyPage_withoutSession_redirectsToSignIn() throws Exception {
        HttpSession anonymous = new HttpSession(f.server.port());
        for (String p : pages()) {
            HttpResponse<String> r = anonymous.get(p);
            assertEquals(302, r.statusCode(), p);
            assertEquals("/signin", r.headers().firstValue("Location").orElse(""), p);
        }
    }

    @Test
    void everyApiAndChange_withoutSession_is401() throws Exception {
        HttpSession anonymous = new HttpSession(f.server.port());
        for (String p : apis()) {
            assertEquals(401, anonymous.get(p).statusCode(), p);
        }
        Instance i = f.cine();
        for (String p : List.of("/study/" + i.study() + "/approve", "/study/" + i.study() + "/hold",
                "/api/instance/" + i.id() + "/box", BoxDecisionTest.api(i, "d1/move"), BoxDecisionTest.api(i,
                        "d1/delete"), "/api/instance/" + i.id() + "/text-miss")) {
            assertEquals(401, anonymous.post(p, Map.of("x", "1", "y", "1", "w", "2", "h", "2")).statusCode(), p);
        }
        assertEquals(401, new HttpSession(f.server.port()).post("/signin",
                Map.of("name", "rita", "password", "wrong password")).statusCode());
        assertEquals(401, new HttpSession(f.server.port()).post("/signin",
                Map.of("name", "nobody", "password", ReviewServerFixture.PASSWORD)).statusCode());
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSiteStrict() throws Exception {
        String set = new HttpSession(f.server.port()).signIn("rita", ReviewServerFixture.PASSWORD);
        assertTrue(set.contains("HttpOnly"), set);
        assertTrue(set.contains("SameSite=Strict"), set);
        assertFalse(set.contains("Secure"), "no Secure flag over plain HTTP: " + set);
        HttpResponse<String> page = new HttpSession(f.server.port()).get("/signin");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void changeWithoutCsrf_is403_andChangesNothing() throws Exception {
        HttpSession rita = new HttpSession(f.server.port());
        rita.signIn("rita", ReviewServerFixture.PASSWORD);
        Instance i = f.cine();
        assertEquals(403, rita.post("/study/" + i.study() + "/approve", Map.of()).statusCode());
        assertEquals(403, rita.post("/study/" + i.study() + "/approve", Map.of("csrf", "forged")).statusCode());
        assertEquals(403, rita.post("/api/instance/" + i.id() + "/box",
                Map.of("x", "1", "y", "1", "w", "5", "h", "5")).statusCode());
        assertEquals(StudyStatus.PENDING, f.review.decisions().of(i.study()));
    }

    /** The new decisions: without the CSRF token 403, as a viewer 403; either way the files stay as they were. */
    @Test
    void boxAndTextDecisions_needCsrfAndTheReviewerRole() throws Exception {
        Instance i = f.cine();
        byte[] bytes = java.nio.file.Files.readAllBytes(i.file());
        List<ReviewBox> boxes = f.review.boxes(i);
        Map<String, String> move = Map.of("x", "10", "y", "10", "w", "20", "h", "20");
        Map<String, String> miss = Map.of("attribute", "(0008,1030)", "term", DeliveryFixture.KEPT);
        HttpSession rita = new HttpSession(f.server.port());
        rita.signIn("rita", ReviewServerFixture.PASSWORD);
        HttpSession victor = new HttpSession(f.server.port());
        victor.signIn("victor", ReviewServerFixture.PASSWORD);
        for (HttpSession who : List.of(rita, victor)) {
            boolean viewer = who == victor;
            assertEquals(403, who.post(BoxDecisionTest.api(i, "d1/move"), viewer ? with(move, victor.csrf) : move)
                    .statusCode());
            assertEquals(403, who.post(BoxDecisionTest.api(i, "d1/delete"), viewer ? with(Map.of(), victor.csrf)
                    : Map.of("csrf", "forged")).statusCode());
            assertEquals(403, who.post("/api/instance/" + i.id() + "/text-miss", viewer ? with(miss, victor.csrf)
                    : miss).statusCode());
            assertEquals(403, who.post("/api/instance/" + i.id() + "/box", viewer ? with(move, victor.csrf) : move)
                    .statusCode());
        }
        assertTrue(java.util.Arrays.equals(bytes, java.nio.file.Files.readAllBytes(i.file())), "the file is as it was");
        assertEquals(boxes, f.review.boxes(i), "the boxes are as they were");
        assertFalse(java.nio.file.Files.exists(f.review.paths().work().resolve(
                org.veil.pipeline.run.TextTerms.FILE)), "no term was added");
        String asViewer = victor.get("/instance/" + i.id()).body();
        assertFalse(asViewer.contains("id=\"texts\""), "a viewer does not see the delivered text values");
        assertFalse(asViewer.contains(DeliveryFixture.KEPT), "nor a value that may hold a miss");
    }

    private static Map<String, String> with(Map<String, String> form, String csrf) {
        Map<String, String> m = new java.util.HashMap<>(form);
        m.put("csrf", csrf);
        return m;
    }

    @Test
    void overview_linksTheDeliveryReport_servedBehindSignIn() throws Exception {
        HttpSession victor = new HttpSession(f.server.port());
        victor.signIn("victor", ReviewServerFixture.PASSWORD);
        assertTrue(victor.get("/").body().contains("href=\"/report\""), "the overview links the report");
        HttpResponse<String> report = victor.get("/report");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("<html") || report.body().contains("<!DOCTYPE"), "the run's report.html");
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
                report.headers().firstValue("Content-Security-Policy").orElse(""), "no script, nothing fetched");
    }

    @Test
    void viewer_seesNoOriginalValues_andCannotDecide() throws Exception {
        Instance i = f.cine();
        HttpSession rita = new HttpSession(f.server.port());
        rita.signIn("rita", ReviewServerFixture.PASSWORD);
        String asReviewer = rita.get("/instance/" + i.id()).body();
        assertTrue(asReviewer.contains("original value"), "the reviewer sees the original values column");
        assertTrue(asReviewer.contains("(0010,0010)"), "the patient's name change is listed");

        HttpSession victor = new HttpSession(f.server.port());
        victor.signIn("victor", ReviewServerFixture.PASSWORD);
        String asViewer = victor.get("/instance/" + i.id()).body();
        assertTrue(asViewer.contains("(0010,0010)"), "the viewer sees which attributes changed");
        assertFalse(asViewer.contains("original value"), "no original values column for a viewer");
        assertFalse(asViewer.contains("class=\"original\""), "no original values for a viewer");
        assertEquals(403, victor.post("/study/" + i.study() + "/approve", Map.of("csrf", victor.csrf)).statusCode());
        assertEquals(StudyStatus.PENDING, f.review.decisions().of(i.study()));
    }

    @Test
    void urls_carryNoPatientData() throws Exception {
        HttpSession rita = new HttpSession(f.server.port());
        rita.signIn("rita", ReviewServerFixture.PASSWORD);
        String page = rita.get("/study/" + f.cine().study()).body() + rita.get("/studies").body();
        for (String original : originals()) {
            assertFalse(page.contains(original), "an original identifier appears in a page or link");
        }
    }

    private static List<String> originals() throws Exception {
        var v = org.veil.dicom.data.DatasetView.of(org.veil.dicom.io.DicomReader.read(
                f.review.original(f.cine()).orElseThrow()).dataset());
        return List.of(v.string(0x00100010), v.string(0x00100020), v.string(0x0020000D)).stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }
}
