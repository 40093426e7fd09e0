package org.veil.pipeline.folder;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidResult;

/**
 * Lines of the per-file change report ({@code changes.jsonl} in the work folder), one JSON object per written output:
 * <pre>{@code {"input":"<keyed input id>","output":"<output name>",
 *  "changes":[{"path":"(0010,0010)","action":"Z","rule":"E.1-1 Patient's Name"},...],"warnings":["..."]}}</pre>
 * Never an original value, never an input path (only its keyed id, see {@link InputIds}).
 * <p>
 * A dense header has a few hundred changes, so the line is written straight into bytes when every string in it is
 * printable ASCII without a quote or backslash (paths, action codes and rule names are); a line with any other
 * character goes through the JSON generator, which escapes it. Both give the same bytes for the same line.
 */
final class ChangeReport {
    private static final JsonFactory JSON = new JsonFactory();
    /** One line writer per worker thread: its buffer and quoted strings serve every line the thread writes. */
    private static final ThreadLocal<PlainChangeLine> PLAIN = ThreadLocal.withInitial(() -> new PlainChangeLine(16384));

    private ChangeReport() {
    }

    /** The report line (UTF-8, ending in a newline) for one output. */
    static byte[] line(Id128 input, String output, DeidResult result) {
        byte[] plain = PLAIN.get().line(input, output, result);
        return plain != null ? plain : generated(input, output, result);
    }

    /** The line as the JSON generator writes it (any character; the reference for {@link PlainChangeLine}). */
    static byte[] generated(Id128 input, String output, DeidResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + 64 * result.changes().size());
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("input", input.hex());
            g.writeStringField("output", output);
            g.writeArrayFieldStart("changes");
            for (Change c : result.changes()) {
                g.writeStartObject();
                g.writeStringField("path", c.path().toString());
                g.writeStringField("action", c.action());
                g.writeStringField("rule", c.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : result.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
