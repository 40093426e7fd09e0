package org.veil.pipeline.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;

/** A front end's sinks as a test writes them: outputs and quarantined inputs kept in memory; thread-safe. */
final class MemorySinks implements InstanceSink, QuarantineSink {
    /** One call of the quarantine callback. */
    record Quarantined(Input input, QuarantineReason reason) {
    }

    final Map<String, byte[]> written = new ConcurrentHashMap<>();
    final List<Quarantined> quarantined = new CopyOnWriteArrayList<>();
    private final Map<String, String> claimedBy = new ConcurrentHashMap<>();

    @Override
    public long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        String first = claimedBy.putIfAbsent(name, inputId);
        if (first != null && !first.equals(inputId)) {
            throw new DuplicateOutputException(name, first);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.writeTo(Channels.newChannel(bytes));
        written.put(name, bytes.toByteArray());
        return bytes.size();
    }

    @Override
    public void quarantine(Input input, QuarantineReason reason) {
        quarantined.add(new Quarantined(input, reason));
    }
}
