package org.veil.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run wrote about itself, read back for the report: {@code summary.json} and the change report
 * {@code changes.jsonl} (both free of PHI), reduced to what the report shows.
 *
 * @param summary     the summary as written
 * @param outputs     the outputs listed by the change report, in its order
 * @param pixelOutputs the outputs whose pixels were cleaned
 * @param rules       how many changes each rule made (rule text to count), over all outputs
 */
record RunRecords(JsonNode summary, List<String> outputs, List<String> pixelOutputs, Map<String, Long> rules) {
    static final String SUMMARY = "summary.json";
    static final String CHANGES = "changes.jsonl";

    static RunRecords read(Path stateDir) throws IOException {
        JsonNode summary = JsonTree.read(stateDir.resolve(SUMMARY));
        List<String> outputs = new ArrayList<>();
        List<String> pixels = new ArrayList<>();
        Map<String, Long> rules = new TreeMap<>();
        Path changes = stateDir.resolve(CHANGES);
        if (Files.exists(changes)) {
            try (BufferedReader r = Files.newBufferedReader(changes, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        add(JsonTree.read(line), outputs, pixels, rules);
                    }
                }
            }
        }
        return new RunRecords(summary, outputs, pixels, rules);
    }

    /** The summary as written, with what {@code facts} collected during the run instead of the change report. */
    static RunRecords of(Path stateDir, DeliveryFacts facts) throws IOException {
        return new RunRecords(JsonTree.read(stateDir.resolve(SUMMARY)), facts.outputs(),
                facts.pixelOutputs(), facts.rules());
    }

    private static void add(JsonNode line, List<String> outputs, List<String> pixels, Map<String, Long> rules) {
        String output = line.path("output").asText();
        outputs.add(output);
        boolean pixel = false;
        for (JsonNode change : line.path("changes")) {
            rules.merge(change.path("rule").asText(), 1L, Long::sum);
            pixel |= change.path("path").asText().startsWith(PixelCleaned.PIXEL_DATA);
        }
        if (pixel) {
            pixels.add(output);
        }
    }
}
