package org.veil.pipeline.deface;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what defacing did for the human in the loop, into a run's report folder (the CLI uses
 * {@code deface/} in the work folder): {@code deface.jsonl} with one line per planned series (output Series Instance UID,
 * instances, the cut plane, estimated brain and removed volumes, or the reason it was refused or left untouched), and per defaced series a
 * folder named by its output Series Instance UID with PNG surface renders before and after, front and 3/4 view.
 */
public final class DefaceReport {
    /** The file of series lines. */
    public static final String FILE = "deface.jsonl";

    private DefaceReport() {
    }

    public static void write(DefacePlan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (SeriesDecision d : plan.series()) {
            ObjectNode line = json.createObjectNode();
            line.put("series", d.outputSeries());
            if (d instanceof SeriesDecision.Deface f) {
                line.put("instances", f.instances());
                line.put("action", "defaced");
                line.put("plane", f.result().plane().describe());
                line.putArray("normal").add(f.result().plane().normal()[0]).add(f.result().plane().normal()[1])
                        .add(f.result().plane().normal()[2]);
                line.put("offsetMm", f.result().plane().offset());
                if (f.result().ears() != null) {
                    line.put("ears", f.result().ears().describe());
                }
                line.put("airValue", f.result().air());
                line.put("brainMl", Math.round(f.result().brainMl()));
                line.put("removedMl", Math.round(f.result().removedMl()));
                Path series = dir.resolve(safe(d.outputSeries()));
                for (Map.Entry<String, byte[]> r : f.result().renders().entrySet()) {
                    Files.createDirectories(series);
                    Files.write(series.resolve(r.getKey() + ".png"), r.getValue());
                    line.withArray("renders").add(dir.relativize(series.resolve(r.getKey() + ".png")).toString());
                }
            } else if (d instanceof SeriesDecision.Leave l) {
                line.put("instances", l.instances());
                line.put("action", "untouched");
                line.put("reason", l.reason());
            } else if (d instanceof SeriesDecision.Refuse r) {
                line.put("instances", r.instances());
                line.put("action", "quarantined");
                line.put("reason", r.reason());
            }
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(dir.resolve(FILE), lines.toString(), StandardCharsets.UTF_8);
    }

    private static String safe(String uid) {
        return uid.replaceAll("[^0-9A-Za-z.]", "_");
    }
}
