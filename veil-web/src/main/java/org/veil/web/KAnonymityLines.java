package org.veil.web;

import static org.veil.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The k-anonymity step's part of the change report ({@code k-anonymity.jsonl}, written by {@code veil deid --k}) by
 * output name: the attributes it generalised or removed (path, action {@code generalise} or {@code X}, rule) and the
 * outputs it withheld, with the reason as a sentence. The file names attributes and rules, never a value, and so does
 * everything shown from it. Lines of later runs into the same OUT add to those of earlier ones.
 */
final class KAnonymityLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Set<ChangeLines.Change>> rewrites = new TreeMap<>();
    private final Map<String, String> withheld = new TreeMap<>();
    private final boolean present;

    private KAnonymityLines(boolean present) {
        this.present = present;
    }

    static KAnonymityLines read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new KAnonymityLines(false);
        }
        KAnonymityLines k = new KAnonymityLines(true);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                k.add(JSON.readTree(line));
            }
        }
        return k;
    }

    private void add(JsonNode n) {
        String output = n.path("output").asText();
        if (n.hasNonNull("withheld")) {
            withheld.put(output, n.path("withheld").asText());
        }
        for (JsonNode c : n.path("changes")) {
            rewrites.computeIfAbsent(output, o -> new LinkedHashSet<>()).add(new ChangeLines.Change(
                    c.path("path").asText(), c.path("action").asText(), c.path("rule").asText()));
        }
    }

    /** True when the run had a k step (the file exists). */
    boolean present() {
        return present;
    }

    /** The attributes the step rewrote in an output, in the order written. */
    List<ChangeLines.Change> of(String output) {
        return new ArrayList<>(rewrites.getOrDefault(output, Set.of()));
    }

    /** The outputs the step rewrote. */
    int rewritten() {
        return rewrites.size();
    }

    /** The outputs the step withheld, by name, with the reason. */
    Map<String, String> withheld() {
        return withheld;
    }

    /** The output's section: its rewrites as a table, or a line saying the step withheld it; empty when neither. */
    String section(String output) {
        List<ChangeLines.Change> changes = of(output);
        String reason = withheld.get(output);
        if (changes.isEmpty() && reason == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>k-anonymity</h2>");
        if (reason != null) {
            b.append("<p class=\"withheld\">Withheld: ").append(esc(reason)).append("</p>");
        }
        if (!changes.isEmpty()) {
            b.append("<table id=\"k-anonymity\"><tr><th>attribute</th><th>action</th><th>rule</th></tr>");
            for (ChangeLines.Change c : changes) {
                b.append("<tr><td>").append(esc(c.path())).append("</td><td>").append(esc(c.action()))
                        .append("</td><td>").append(esc(c.rule())).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.toString();
    }
}
