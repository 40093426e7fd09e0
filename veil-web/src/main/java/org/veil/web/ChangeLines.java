package org.veil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.pixel.frame.Rect;

/**
 * The run's change report ({@code changes.jsonl}) by output name: the attribute changes (path, action, rule; never a
 * value) and the boxes the pixel step's text detection removed, read from its {@code [x,y wxh]} positions. A later
 * line for the same output (a re-run) replaces the earlier one; the review appends such lines for its own decisions
 * (actions starting with {@code review-}), keeping the run's entries.
 */
public final class ChangeLines {
    /** Actions the review writes; a new review line replaces the earlier review entries of the output. */
    static final String REVIEW = "review-";
    private static final Pattern BOX = Pattern.compile("\\[(\\d+),(\\d+) (\\d+)x(\\d+)\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One changed attribute. */
    public record Change(String path, String action, String rule) {
    }

    private final Path file;
    private final Map<String, JsonNode> byOutput = new HashMap<>();

    private ChangeLines(Path file) {
        this.file = file;
    }

    public static ChangeLines read(Path file) throws IOException {
        ChangeLines c = new ChangeLines(file);
        if (!Files.exists(file)) {
            return c;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                c.byOutput.put(n.path("output").asText(), n);
            }
        }
        return c;
    }

    public synchronized List<Change> of(String output) {
        List<Change> changes = new ArrayList<>();
        JsonNode n = byOutput.get(output);
        if (n != null) {
            for (JsonNode ch : n.path("changes")) {
                changes.add(new Change(ch.path("path").asText(), ch.path("action").asText(),
                        ch.path("rule").asText()));
            }
        }
        return changes;
    }

    /** The areas the run's text detection removed from the pixels of an output, as the change report states them. */
    public List<Rect> boxes(String output) {
        List<Rect> boxes = new ArrayList<>();
        for (Change c : of(output)) {
            if (c.path().startsWith("(7FE0,0010)") && c.action().equals("pixel-text")) {
                Matcher m = BOX.matcher(c.rule());
                while (m.find()) {
                    boxes.add(new Rect(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                }
            }
        }
        return boxes;
    }

    /**
     * Appends a line for {@code output} to the change report: the run's entries, the earlier review entries except
     * those with an action in {@code replaced}, then {@code added} (review actions, positions and counts only).
     */
    public synchronized void append(String output, List<String> replaced, List<Change> added) throws IOException {
        JsonNode old = byOutput.get(output);
        ObjectNode line = JSON.createObjectNode();
        line.put("input", old == null ? "" : old.path("input").asText());
        line.put("output", output);
        ArrayNode changes = line.putArray("changes");
        for (Change c : of(output)) {
            if (!replaced.contains(c.action())) {
                entry(changes, c);
            }
        }
        added.forEach(c -> entry(changes, c));
        line.set("warnings", old == null ? JSON.createArrayNode() : old.path("warnings").deepCopy());
        Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        byOutput.put(output, line);
    }

    private static void entry(ArrayNode changes, Change c) {
        changes.addObject().put("path", c.path()).put("action", c.action()).put("rule", c.rule());
    }

    public synchronized int outputs() {
        return byOutput.size();
    }
}
