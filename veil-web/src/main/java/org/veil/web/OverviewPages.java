package org.veil.web;

import static org.veil.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.veil.pipeline.report.DeliveryReport;

/** The delivery overview, the study list with filters and the quarantine list. */
final class OverviewPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Review review;

    OverviewPages(Review review) {
        this.review = review;
    }

    void overview(Context ctx) throws IOException {
        Sessions.Session s = Guard.session(ctx);
        Map<StudyStatus, Integer> counts = statusCounts();
        StringBuilder b = new StringBuilder("<table id=\"counts\">");
        row(b, "studies", review.delivery().studies().size());
        row(b, "instances", review.delivery().instanceCount());
        for (StudyStatus st : StudyStatus.values()) {
            row(b, "studies " + st.label(), counts.get(st));
        }
        row(b, "quarantined inputs", quarantineReasons().size());
        row(b, "unreadable files in the delivery", review.delivery().unreadable());
        KAnonymityLines k = review.kAnonymity();
        if (k.present()) {
            row(b, "outputs rewritten by k-anonymity", k.rewritten());
            row(b, "outputs withheld by k-anonymity", k.withheld().size());
        }
        b.append("</table>");
        if (k.present()) {
            b.append("<p><a id=\"k-anonymity\" href=\"/k-anonymity\">What the k-anonymity step rewrote or withheld"
                    + "</a></p>");
        }
        b.append(Files.isRegularFile(report()) ? "<p><a id=\"report\" href=\"/report\">The delivery report "
                + "(report.html of the run)</a></p>" : "<p>The run wrote no delivery report.</p>");
        b.append(jsonSection("Run summary", review.paths().summary()));
        b.append(jsonSection("Verification", review.paths().verify()));
        ctx.html(Html.page("Delivery overview", s.user(), s.csrf(), b.toString()));
    }

    private Path report() {
        return review.paths().work().resolve(DeliveryReport.FILE);
    }

    /**
     * GET /report: the run's self-contained report.html, behind sign-in like every page. Its own policy allows only
     * its inline styles and {@code data:} pictures: no script, nothing fetched.
     */
    void report(Context ctx) throws IOException {
        if (!Files.isRegularFile(report())) {
            throw new NotFoundResponse("the run wrote no delivery report");
        }
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "frame-ancestors 'none'");
        ctx.html(Files.readString(report(), StandardCharsets.UTF_8));
    }

    private Map<StudyStatus, Integer> statusCounts() {
        Map<StudyStatus, Integer> counts = new EnumMap<>(StudyStatus.class);
        for (StudyStatus st : StudyStatus.values()) {
            counts.put(st, 0);
        }
        for (String uid : review.delivery().studies().keySet()) {
            counts.merge(review.decisions().of(uid), 1, Integer::sum);
        }
        return counts;
    }

    private static void row(StringBuilder b, String name, Object value) {
        b.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(String.valueOf(value)))
                .append("</td></tr>");
    }

    private static String jsonSection(String title, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "<h2>" + esc(title) + "</h2><p>not available for this delivery</p>";
        }
        StringBuilder b = new StringBuilder("<h2>").append(esc(title)).append("</h2><table>");
        flatten(b, "", JSON.readTree(file.toFile()));
        return b.append("</table>").toString();
    }

    private static void flatten(StringBuilder b, String prefix, JsonNode n) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(b, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        } else if (n.isValueNode()) {
            row(b, prefix, n.asText());
        }
    }

    void studies(Context ctx) {
        Sessions.Session s = Guard.session(ctx);
        String status = ctx.queryParam("status");
        String modality = ctx.queryParam("modality");
        StringBuilder b = new StringBuilder("<form method=\"get\">status <select name=\"status\"><option value=\"\">any"
                + "</option>");
        for (StudyStatus st : StudyStatus.values()) {
            b.append("<option").append(st.label().equals(status) ? " selected" : "").append('>').append(st.label())
                    .append("</option>");
        }
        b.append("</select> modality <input name=\"modality\" size=\"4\" value=\"").append(esc(modality))
                .append("\"><button>Filter</button></form><table id=\"studies\"><tr><th>study</th><th>modalities"
                        + "</th><th>instances</th><th>status</th></tr>");
        for (Map.Entry<String, List<Instance>> e : review.delivery().studies().entrySet()) {
            StudyStatus st = review.decisions().of(e.getKey());
            String mods = String.join(" ", e.getValue().stream().map(Instance::modality).distinct().sorted().toList());
            if ((status != null && !status.isEmpty() && !st.label().equals(status))
                    || (modality != null && !modality.isBlank() && !mods.contains(modality.trim()))) {
                continue;
            }
            b.append("<tr class=\"study\"><td><a href=\"/study/").append(esc(e.getKey())).append("\">")
                    .append(esc(e.getKey())).append("</a></td><td>").append(esc(mods)).append("</td><td>")
                    .append(e.getValue().size()).append("</td><td class=\"status\">").append(st.label())
                    .append("</td></tr>");
        }
        ctx.html(Html.page("Studies", s.user(), s.csrf(), b.append("</table>").toString()));
    }

    /**
     * GET /k-anonymity: the outputs the k step withheld, with the reason, and those it rewrote, each with its
     * attributes and a link to the output's page while it is in the delivery. Attributes and rules only, no value.
     */
    void kAnonymity(Context ctx) {
        Sessions.Session s = Guard.session(ctx);
        KAnonymityLines k = review.kAnonymity();
        StringBuilder b = new StringBuilder("<h2>Withheld (").append(k.withheld().size())
                .append(")</h2><table id=\"k-withheld\"><tr><th>output</th><th>reason</th></tr>");
        k.withheld().forEach((output, reason) -> b.append("<tr><td>").append(esc(output)).append("</td><td>")
                .append(esc(reason)).append("</td></tr>"));
        b.append("</table><h2>Rewritten (").append(k.rewritten()).append(")</h2><ul id=\"k-rewritten\">");
        for (Instance i : review.delivery().studies().values().stream().flatMap(List::stream).toList()) {
            if (!k.of(i.name()).isEmpty()) {
                b.append("<li><a href=\"/instance/").append(i.id()).append("\">").append(esc(i.name()))
                        .append("</a>: ").append(k.of(i.name()).size()).append(" attribute(s)</li>");
            }
        }
        ctx.html(Html.page("k-anonymity", s.user(), s.csrf(), b.append("</ul>").toString()));
    }

    void quarantine(Context ctx) throws IOException {
        Sessions.Session s = Guard.session(ctx);
        StringBuilder b = new StringBuilder("<table id=\"quarantine\"><tr><th>entry</th><th>reason</th></tr>");
        for (Path p : quarantineReasons()) {
            String id = p.getFileName().toString().replace(".reason.txt", "");
            String reason = s.role() == Role.REVIEWER ? Files.readString(p, StandardCharsets.UTF_8)
                    : "(the reason names the input; shown to reviewers only)";
            b.append("<tr><td>").append(esc(id)).append("</td><td><pre>").append(esc(reason))
                    .append("</pre></td></tr>");
        }
        ctx.html(Html.page("Quarantine", s.user(), s.csrf(), b.append("</table>").toString()));
    }

    private List<Path> quarantineReasons() throws IOException {
        Path q = review.paths().quarantine();
        if (!Files.isDirectory(q)) {
            return List.of();
        }
        try (Stream<Path> st = Files.list(q)) {
            return st.filter(p -> p.getFileName().toString().endsWith(".reason.txt")).sorted().toList();
        }
    }
}
