package org.veil.pipeline.example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.deid.profile.ProfileOption;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.FolderResult;
import org.veil.pipeline.run.InstanceRun;
import org.veil.pipeline.run.KeySource;

/** What docs/java-api.md shows, as a program outside the pipeline's packages would write it. */
final class JavaApiExample {
    private JavaApiExample() {
    }

    // [folder]
    /** De-identifies a folder tree into an output folder, as `veil deid IN OUT --option clean-descriptors`. */
    static RunSummary deidentifyFolder(Path in, Path out, ProjectKey key) throws Exception {
        DeidRunOptions options = DeidRunOptions.builder()
                .option(ProfileOption.CLEAN_DESCRIPTORS)
                .threads(2)
                .build();
        DeidRun run = DeidRun.builder(options, KeySource.supplied(key, "project key of the example")).build();
        FolderResult result = run.toFolder(in, out);
        return result.summary();
    }
    // [end]

    // [instances]
    /** De-identifies instances received as bytes (e.g. from the network) into the caller's own storage. */
    static Map<String, byte[]> deidentifyMessages(List<byte[]> messages, ProjectKey key, List<String> problems)
            throws IOException {
        Map<String, byte[]> stored = new ConcurrentHashMap<>();
        InstanceSink output = (inputId, name, body) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            body.writeTo(Channels.newChannel(bytes));
            if (stored.putIfAbsent(name, bytes.toByteArray()) != null) {
                throw new DuplicateOutputException(name, inputId);
            }
            return bytes.size();
        };
        QuarantineSink quarantine = (input, reason) -> problems.add(input.id() + ": " + reason.group());
        DeidRun run = DeidRun.builder(DeidRunOptions.DEFAULT, KeySource.supplied(key, "project key of the example"))
                .build();
        InstanceRun instances = run.perInstance(output, quarantine);
        int n = 0;
        for (byte[] message : messages) {
            n++;
            Outcome outcome = instances.process(new Input.OfBytes(message, "message-" + n, "message " + n));
            if (outcome instanceof Outcome.Skipped skipped) {
                problems.add("message-" + n + ": skipped, " + skipped.reason());
            }
        }
        return stored;
    }
    // [end]
}
