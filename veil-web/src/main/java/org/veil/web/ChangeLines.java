package org.veil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.pixel.frame.Rect;

/**
 * The run's change report ({@code changes.jsonl}) by output name: the attribute changes (path, action, rule; never a
 * value) and the boxes the pixel step removed, read from its {@code [x,y wxh]} positions. A later line for the same
 * output (a re-run) replaces the earlier one.
 */
public final class ChangeLines {
    private static final Pattern BOX = Pattern.compile("\\[(\\d+),(\\d+) (\\d+)x(\\d+)\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One changed attribute. */
    public record Change(String path, String action, String rule) {
    }

    private final Map<String, List<Change>> byOutput = new HashMap<>();

    public static ChangeLines read(Path file) throws IOException {
        ChangeLines c = new ChangeLines();
        if (!Files.exists(file)) {
            return c;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<Change> changes = new ArrayList<>();
            for (JsonNode ch : n.path("changes")) {
                changes.add(new Change(ch.path("path").asText(), ch.path("action").asText(), ch.path("rule").asText()));
            }
            c.byOutput.put(n.path("output").asText(), changes);
        }
        return c;
    }

    public List<Change> of(String output) {
        return byOutput.getOrDefault(output, List.of());
    }

    /** The boxes removed from the pixels of an output, as the change report states them. */
    public List<Rect> boxes(String output) {
        List<Rect> boxes = new ArrayList<>();
        for (Change c : of(output)) {
            if (c.path().startsWith("(7FE0,0010)")) {
                Matcher m = BOX.matcher(c.rule());
                while (m.find()) {
                    boxes.add(new Rect(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                }
            }
        }
        return boxes;
    }

    public int outputs() {
        return byOutput.size();
    }
}
