package org.veil.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code veil deid --k N} did, read back for the report from the work folder: its summary line
 * ({@code k-anonymity.txt}) and its per-file lines ({@code k-anonymity.jsonl}: attributes and rules, never values).
 *
 * @param line     the step's one-line summary
 * @param rules    how many attributes each rule changed, over all outputs
 * @param files    output name to its changes ({@code (0010,1010) generalise}, ...) or the reason it was withheld
 * @param withheld outputs moved to the quarantine
 */
record KAnonymityStep(String line, Map<String, Long> rules, Map<String, String> files, long withheld) {
    static final String SUMMARY = "k-anonymity.txt";
    static final String CHANGES = "k-anonymity.jsonl";

    /** The step as recorded in {@code stateDir}, or empty when the run had no {@code --k}. */
    static Optional<KAnonymityStep> read(Path stateDir) throws IOException {
        Path summary = stateDir.resolve(SUMMARY);
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        Map<String, Long> rules = new TreeMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        long withheld = 0;
        Path changes = stateDir.resolve(CHANGES);
        if (Files.isRegularFile(changes)) {
            try (BufferedReader r = Files.newBufferedReader(changes, StandardCharsets.UTF_8)) {
                for (String text = r.readLine(); text != null; text = r.readLine()) {
                    if (text.isBlank()) {
                        continue;
                    }
                    JsonNode line = JsonTree.read(text);
                    if (line.has("withheld")) {
                        withheld++;
                        files.put(line.path("output").asText(), "withheld: " + line.path("withheld").asText());
                    } else {
                        files.put(line.path("output").asText(), changes(line, rules));
                    }
                }
            }
        }
        return Optional.of(new KAnonymityStep(Files.readString(summary, StandardCharsets.UTF_8).strip(), rules, files,
                withheld));
    }

    private static String changes(JsonNode line, Map<String, Long> rules) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : line.path("changes")) {
            rules.merge(c.path("rule").asText(), 1L, Long::sum);
            parts.add(c.path("path").asText() + " " + c.path("action").asText());
        }
        return String.join(", ", parts);
    }
}
