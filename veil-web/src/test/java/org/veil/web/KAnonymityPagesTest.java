package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The k-anonymity step's lines ({@code OUT.veil/k-anonymity.jsonl}, as {@code veil deid --k} writes them) in the
 * review: the output's page lists the attributes the step generalised or removed, the overview counts rewritten and
 * withheld outputs, and the k-anonymity page gives each withheld output with its reason. Attributes and rules only:
 * not even a reviewer sees a value there.
 */
class KAnonymityPagesTest {
    private static final String WITHHELD = "2.25.1/2.25.2/2.25.3.dcm";
    private static final String REASON = "re-identification risk: the patient stays in a class of fewer than 5 "
            + "patients even at the coarsest generalisation";

    @TempDir
    Path tmp;

    @Test
    void kLines_outputPageOverviewAndKPage_showAttributesRulesAndReasons() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp, KAnonymityPagesTest::writeKLines)) {
            Instance cine = f.cine();
            for (String user : new String[] {"rita", "victor"}) {
                HttpSession http = new HttpSession(f.server.port());
                http.signIn(user, ReviewServerFixture.PASSWORD);

                String page = http.get("/instance/" + cine.id()).body();
                assertTrue(page.contains("<h2>k-anonymity</h2><table id=\"k-anonymity\"><tr><th>attribute</th>"
                        + "<th>action</th><th>rule</th></tr><tr><td>(0010,1010)</td><td>generalise</td><td>k-anonymity: "
                        + "ages in 10-year bands</td></tr><tr><td>(0010,0030)</td><td>X</td><td>k-anonymity: ages in "
                        + "10-year bands</td></tr><tr><td>(0008,0020)</td><td>generalise</td><td>k-anonymity: study "
                        + "years in 5-year bands</td></tr></table>"), page);

                String overview = http.get("/").body();
                assertTrue(overview.contains("<tr><th>outputs rewritten by k-anonymity</th><td>1</td></tr>"
                        + "<tr><th>outputs withheld by k-anonymity</th><td>1</td></tr>"), overview);
                assertTrue(overview.contains("href=\"/k-anonymity\""), overview);

                String k = http.get("/k-anonymity").body();
                assertTrue(k.contains("<tr><td>" + WITHHELD + "</td><td>" + REASON + "</td></tr>"), k);
                assertTrue(k.contains("<li><a href=\"/instance/" + cine.id() + "\">" + cine.name()
                        + "</a>: 3 attribute(s)</li>"), k);
            }
        }
    }

    @Test
    void noKStep_noKRowsAndNoSection() throws Exception {
        try (ReviewServerFixture f = new ReviewServerFixture(tmp)) {
            HttpSession http = new HttpSession(f.server.port());
            http.signIn("rita", ReviewServerFixture.PASSWORD);
            assertFalse(http.get("/").body().contains("k-anonymity"));
            assertFalse(http.get("/instance/" + f.cine().id()).body().contains("k-anonymity"));
            assertEquals(200, http.get("/k-anonymity").statusCode());
        }
    }

    /** The step's lines in the writer's shape: one rewritten output (the cine), one withheld. */
    private static void writeKLines(DeliveryFixture d) throws Exception {
        String cine = d.out.relativize(d.cine).toString().replace('\\', '/');
        Files.writeString(RunPaths.of(d.out).kAnonymity(), "{\"output\":\"" + cine + "\",\"step\":\"k-anonymity\","
                + "\"target\":5,\"changes\":[{\"path\":\"(0010,1010)\",\"action\":\"generalise\",\"rule\":"
                + "\"k-anonymity: ages in 10-year bands\"},{\"path\":\"(0010,0030)\",\"action\":\"X\",\"rule\":"
                + "\"k-anonymity: ages in 10-year bands\"},{\"path\":\"(0008,0020)\",\"action\":\"generalise\","
                + "\"rule\":\"k-anonymity: study years in 5-year bands\"}]}\n"
                + "{\"output\":\"" + WITHHELD + "\",\"step\":\"k-anonymity\",\"target\":5,\"withheld\":\"" + REASON
                + "\"}\n");
    }
}
