package org.veil.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the report page: one HTML string with its CSS inline; nothing it shows is fetched. */
final class ReportHtml {
    private static final String CSS = "body{font:14px/1.4 sans-serif;margin:24px;color:#222;max-width:1100px}"
            + "h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc}"
            + "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:left;font-size:13px}th{background:#f0f0f0}.num{text-align:right}"
            + ".axis{font:13px sans-serif;fill:#222}.mono{font-family:monospace;font-size:12px}"
            + ".thumbs{display:flex;flex-wrap:wrap;gap:12px}.thumb{border:1px solid #ccc;padding:6px;max-width:340px}"
            + ".thumb .mono{word-break:break-all;font-size:11px}.pair{display:flex;gap:8px}"
            + ".thumb img{display:block;image-rendering:pixelated;background:#000}.note{color:#555}"
            + ".bad{color:#c0392b;font-weight:bold}.good{color:#2e8b57;font-weight:bold}";

    private final StringBuilder b = new StringBuilder(16_384);

    /** The parts of the page, all free of PHI except {@code before} thumbnails (given only for the PHI side). */
    record Parts(JsonNode summary, StudyTable studies, Map<String, Long> rules, String verify,
                 List<Pictures> pictures, Optional<KAnonymityStep> kAnonymity) {
    }

    /** Thumbnails of one pixel-cleaned output: after, and before when this report may show originals. */
    record Pictures(String output, String after, String before) {
    }

    static String render(Parts p) {
        return new ReportHtml().page(p);
    }

    private String page(Parts p) {
        JsonNode s = p.summary();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src data:; style-src 'unsafe-inline'\">")
                .append("<title>Veil delivery report</title><style>").append(CSS).append("</style></head><body>");
        b.append("<h1>Veil delivery report</h1><p class=\"note\">Run started ").append(esc(s.path("started").asText()))
                .append(", ").append(esc(s.path("seconds").asText())).append(" s, ").append(esc(s.path("veil")
                        .asText())).append(". Key fingerprint <span class=\"mono\">")
                .append(esc(s.path("key").path("fingerprint").asText())).append("</span> (")
                .append(esc(s.path("key").path("origin").asText())).append(").</p>");
        outcomes(s);
        modalities(p.studies());
        reasons("Quarantined: reasons", s.path("quarantined").path("reasons"));
        reasons("Skipped: reasons", s.path("skipped").path("reasons"));
        kAnonymity(p.kAnonymity());
        b.append("<h2>Verification</h2><p>").append(p.verify()).append("</p>");
        pictures(p.pictures());
        studies(p.studies());
        settings(s, p.rules());
        return b.append("</body></html>\n").toString();
    }

    private void outcomes(JsonNode s) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("written", s.path("written").asLong());
        counts.put("skipped", s.path("skipped").path("total").asLong());
        counts.put("quarantined", s.path("quarantined").path("total").asLong());
        b.append("<h2>Outcomes</h2><p>").append(s.path("inputs").asLong()).append(" inputs processed (")
                .append(s.path("resumed").asLong()).append(" by an earlier, interrupted session).</p>");
        b.append(OutcomeChart.svg(counts));
    }

    private void modalities(StudyTable t) {
        b.append("<h2>Outputs by modality</h2>");
        table(List.of("Modality", "Outputs"), t.modalities());
        if (t.unreadable() > 0) {
            b.append("<p class=\"bad\">").append(t.unreadable()).append(" outputs could not be read back.</p>");
        }
    }

    private void reasons(String title, JsonNode reasons) {
        b.append("<h2>").append(title).append("</h2>");
        Map<String, Long> m = new LinkedHashMap<>();
        reasons.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
        if (m.isEmpty()) {
            b.append("<p>None.</p>");
        } else {
            table(List.of("Reason", "Inputs"), m);
        }
    }

    private void kAnonymity(Optional<KAnonymityStep> step) {
        b.append("<h2>k-anonymity</h2>");
        if (step.isEmpty()) {
            b.append("<p>Not applied (veil deid --k N generalises the delivery to k-anonymity; veil risk OUT "
                    + "measures it).</p>");
            return;
        }
        KAnonymityStep k = step.get();
        b.append("<p>").append(esc(k.line())).append("</p>");
        if (k.files().isEmpty()) {
            b.append("<p>No output was rewritten or withheld.</p>");
            return;
        }
        table(List.of("Rule", "Attributes changed"), k.rules());
        b.append("<details><summary>Outputs rewritten or withheld (").append(k.files().size()).append(", of them ")
                .append(k.withheld()).append(" withheld)</summary><table><tr><th>Output</th><th>Attributes</th></tr>");
        k.files().forEach((output, what) -> b.append("<tr><td class=\"mono\">").append(esc(output))
                .append("</td><td class=\"mono\">").append(esc(what)).append("</td></tr>"));
        b.append("</table></details>");
    }

    private void settings(JsonNode s, Map<String, Long> rules) {
        b.append("<h2>Options and rules applied</h2><p>Profile: PS3.15 Basic Application Level Confidentiality "
                + "Profile");
        for (JsonNode o : s.path("options")) {
            b.append(", ").append(esc(o.asText()));
        }
        b.append(". Output names: <span class=\"mono\">").append(esc(s.path("naming").asText())).append("</span>.</p>");
        for (JsonNode n : s.path("notes")) {
            b.append("<p class=\"note\">").append(esc(n.asText())).append("</p>");
        }
        b.append("<details><summary>Changes by rule (").append(rules.size()).append(" rules)</summary>");
        table(List.of("Rule", "Changes"), rules);
        b.append("</details>");
    }

    private void studies(StudyTable t) {
        b.append("<h2>Studies delivered (pseudonyms)</h2><table><tr><th>Patient</th><th>Study Instance UID</th>"
                + "<th>Study date</th><th>Modalities</th><th class=\"num\">Series</th><th class=\"num\">Images</th>"
                + "</tr>");
        for (StudyTable.Row r : t.rows()) {
            b.append("<tr><td class=\"mono\">").append(esc(r.patient())).append("</td><td class=\"mono\">")
                    .append(esc(r.study())).append("</td><td>").append(esc(r.date())).append("</td><td>")
                    .append(esc(String.join(", ", r.modalities()))).append("</td><td class=\"num\">")
                    .append(r.series().size()).append("</td><td class=\"num\">").append(r.instances())
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private void pictures(List<Pictures> pictures) {
        b.append("<h2>Pixel-cleaned images</h2>");
        if (pictures.isEmpty()) {
            b.append("<p>No image had its pixels cleaned.</p>");
            return;
        }
        b.append("<div class=\"thumbs\">");
        for (Pictures p : pictures) {
            b.append("<div class=\"thumb\"><div class=\"mono\">").append(esc(p.output())).append("</div>");
            b.append("<div class=\"pair\">");
            if (p.before() != null) {
                b.append("<div>before<img alt=\"before\" src=\"").append(p.before()).append("\"></div>");
            }
            b.append("<div>after<img alt=\"after\" src=\"").append(p.after()).append("\"></div></div></div>");
        }
        b.append("</div>");
    }

    private void table(List<String> head, Map<String, Long> rows) {
        b.append("<table><tr><th>").append(esc(head.get(0))).append("</th><th class=\"num\">")
                .append(esc(head.get(1))).append("</th></tr>");
        rows.forEach((k, v) -> b.append("<tr><td>").append(esc(k)).append("</td><td class=\"num\">").append(v)
                .append("</td></tr>"));
        b.append("</table>");
    }

    static String esc(String s) {
        StringBuilder e = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> e.append("&lt;");
                case '>' -> e.append("&gt;");
                case '&' -> e.append("&amp;");
                case '"' -> e.append("&quot;");
                case '\'' -> e.append("&#39;");
                default -> e.append(c);
            }
        }
        return e.toString();
    }
}
