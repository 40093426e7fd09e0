package org.veil.pipeline.report;

import java.util.Map;

/** A horizontal bar chart in SVG: one bar per outcome, its count at the end. */
final class OutcomeChart {
    /** Bar colours: written, skipped, quarantined. */
    static final Map<String, String> COLOURS = Map.of("written", "#2e8b57", "skipped", "#8a8f98",
            "quarantined", "#c0392b");
    private static final int WIDTH = 520;
    private static final int BAR = 28;
    private static final int LABEL = 110;

    private OutcomeChart() {
    }

    /** The chart of {@code counts} (outcome to count, in the order given). */
    static String svg(Map<String, Long> counts) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = counts.size() * (BAR + 10) + 10;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"outcomes\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\">");
        int y = 10;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            int len = (int) Math.max(e.getValue() > 0 ? 2 : 0, (WIDTH - LABEL - 60) * e.getValue() / max);
            b.append("<text x=\"0\" y=\"").append(y + BAR - 9).append("\" class=\"axis\">")
                    .append(e.getKey()).append("</text>");
            b.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(len)
                    .append("\" height=\"").append(BAR).append("\" fill=\"")
                    .append(COLOURS.getOrDefault(e.getKey(), "#3b6ea8")).append("\"/>");
            b.append("<text x=\"").append(LABEL + len + 6).append("\" y=\"").append(y + BAR - 9)
                    .append("\" class=\"axis\">").append(e.getValue()).append("</text>");
            y += BAR + 10;
        }
        return b.append("</svg>").toString();
    }
}
