package org.veil.broker.risk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link RiskReport} as one self-contained HTML page (no script, no network): the verdict, a bar chart of class
 * sizes drawn in inline SVG, the generalisation ladder, the patients to withhold, and the residual risks.
 */
public final class RiskHtml {
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 220;

    private RiskHtml() {
    }

    public static void write(RiskReport r, Path file) throws IOException {
        Files.writeString(file, page(r), StandardCharsets.UTF_8);
    }

    static String page(RiskReport r) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Veil re-identification risk"
                + "</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:"
                + "collapse}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}.ok{color:#176b1f}"
                + ".bad{color:#a11}.bar{fill:#3b6ea8}.low{fill:#c0392b}</style></head><body>");
        b.append("<h1>Re-identification risk</h1>");
        b.append("<p id=\"verdict\" class=\"").append(r.meetsTarget() ? "ok" : "bad").append("\">k = ")
                .append(r.k()).append(" over ").append(r.delivery().patients().size()).append(" patients (target ")
                .append(r.targetK()).append("): ").append(r.meetsTarget() ? "met" : "not met").append("</p>");
        b.append("<p>Quasi-identifiers: ").append(esc(String.join(", ",
                r.identifiers().stream().map(QuasiIdentifier::label).toList()))).append(". Studies: ")
                .append(r.delivery().studies().size()).append(", study-level k = ").append(r.studies().k())
                .append(". Instances read: ").append(r.delivery().instances()).append(".</p>");
        if (r.sensitive() != null) {
            b.append("<p>l-diversity of ").append(esc(r.sensitive().label())).append(": l = ")
                    .append(r.patients().l()).append("</p>");
        }
        b.append("<h2>Size of the classes of look-alike patients</h2>");
        b.append(chart(r.patients(), r.targetK()));
        b.append("<h2>Generalisations</h2><table><tr><th>step</th><th>k</th><th>patients below target</th></tr>");
        for (GeneralisationLadder.Step s : r.ladder()) {
            b.append("<tr><td>").append(esc(s.generalisation().describe())).append("</td><td>")
                    .append(s.anonymity().k()).append("</td><td>").append(s.anonymity().violators().size())
                    .append("</td></tr>");
        }
        b.append("</table>");
        GeneralisationLadder.Step proposal = r.proposal();
        b.append("<p>").append(proposal == null ? "No generalisation reaches the target; the patients below must be"
                + " withheld." : "Proposal: " + esc(proposal.generalisation().describe()) + ".").append("</p>");
        if (!r.toWithhold().isEmpty()) {
            b.append("<p>To withhold (pseudonyms): ").append(esc(String.join(", ", r.toWithhold()))).append("</p>");
        }
        b.append("<h2>Risks that no header measure covers</h2><ul>");
        r.residual().forEach(s -> b.append("<li>").append(esc(s)).append("</li>"));
        b.append("</ul></body></html>\n");
        return b.toString();
    }

    /** Bars: x = class size, y = number of classes of that size; sizes below target in red. */
    static String chart(Anonymity a, int targetK) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        a.classSizes().forEach(s -> histogram.merge(s, 1, Integer::sum));
        int max = histogram.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int n = Math.max(1, histogram.size());
        int slot = (CHART_WIDTH - 40) / n;
        StringBuilder b = new StringBuilder();
        b.append("<svg id=\"class-sizes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(CHART_HEIGHT + 40).append("\" role=\"img\" aria-label=\"classes by"
                + " size\">");
        int x = 30;
        for (var e : histogram.entrySet()) {
            int h = Math.max(2, e.getValue() * CHART_HEIGHT / max);
            b.append("<rect class=\"").append(e.getKey() < targetK ? "low" : "bar").append("\" x=\"").append(x)
                    .append("\" y=\"").append(CHART_HEIGHT - h + 10).append("\" width=\"")
                    .append(Math.min(80, Math.max(4, slot - 6))).append("\" height=\"").append(h).append("\"><title>")
                    .append(e.getValue()).append(" class(es) of ").append(e.getKey()).append("</title></rect>");
            b.append("<text x=\"").append(x).append("\" y=\"").append(CHART_HEIGHT + 28)
                    .append("\" font-size=\"12\">").append(e.getKey()).append("</text>");
            x += slot;
        }
        b.append("<text x=\"0\" y=\"").append(CHART_HEIGHT + 28).append("\" font-size=\"12\">k:</text></svg>");
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
