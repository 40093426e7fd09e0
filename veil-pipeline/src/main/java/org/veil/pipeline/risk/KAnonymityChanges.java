package org.veil.pipeline.risk;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.veil.dicom.Tag;

/**
 * The k step's part of the change report: {@value #FILE} in the run's work folder, one JSON object per output the
 * step rewrote or withheld, appended after the run (beside {@code changes.jsonl}, which the journal owns):
 * <pre>{@code {"output":"<output name>","step":"k-anonymity","target":5,
 *  "changes":[{"path":"(0010,1010)","action":"generalise","rule":"k-anonymity: ages in 10-year bands"},...]}
 * {"output":"<output name>","step":"k-anonymity","target":5,"withheld":"re-identification risk: ..."}}</pre>
 * Names attributes and the generalisation, never a value (old or new), never an input path.
 */
final class KAnonymityChanges {
    /** The file's name in the work folder. */
    static final String FILE = "k-anonymity.jsonl";
    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private final int target;

    KAnonymityChanges(int target) {
        this.target = target;
    }

    /** Records the attributes rewritten in one output. */
    void rewritten(String output, List<HeaderGeneralisation.Rewrite> rewrites) throws IOException {
        try (JsonGenerator g = start(output)) {
            g.writeArrayFieldStart("changes");
            for (HeaderGeneralisation.Rewrite r : rewrites) {
                g.writeStartObject();
                g.writeStringField("path", Tag.format(r.tag()));
                g.writeStringField("action", r.action());
                g.writeStringField("rule", r.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        lines.write('\n');
    }

    /** Records an output moved to the quarantine, with the reason as a sentence. */
    void withheld(String output, String reason) throws IOException {
        try (JsonGenerator g = start(output)) {
            g.writeStringField("withheld", reason);
            g.writeEndObject();
        }
        lines.write('\n');
    }

    private JsonGenerator start(String output) throws IOException {
        JsonGenerator g = JSON.createGenerator(lines, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("output", output);
        g.writeStringField("step", "k-anonymity");
        g.writeNumberField("target", target);
        return g;
    }

    /** Appends the lines to {@value #FILE} in {@code work} (a resumed run's k step adds to what an earlier one did). */
    void appendTo(Path work) throws IOException {
        Files.createDirectories(work);
        Files.write(work.resolve(FILE), lines.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
