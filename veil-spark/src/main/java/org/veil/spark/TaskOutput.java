package org.veil.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;

/**
 * One task's view of the job's output sink: it knows the relative path of every input the task met, so that a
 * duplicate's reason names the input that took the name, as a folder run's does (rivals for a name are always in one
 * task, {@link NameRivals}). A name taken by an earlier submission is reported by id, as a resumed folder run reports
 * one taken by an earlier session. Used by one task thread.
 */
final class TaskOutput implements InstanceSink {
    private final InstanceSink sink;
    private final Map<String, String> labels = new HashMap<>();

    TaskOutput(InstanceSink sink) {
        this.sink = sink;
    }

    /** The task met this input (processed now or by an earlier attempt). */
    void met(String inputId, String label) {
        labels.put(inputId, label);
    }

    @Override
    public long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        try {
            return sink.store(inputId, name, body);
        } catch (DuplicateOutputException e) {
            String first = labels.get(e.firstInputId());
            if (e.firstLabel() != null || first == null) {
                throw e;
            }
            throw new DuplicateOutputException(name, e.firstInputId(), first);
        }
    }

    @Override
    public long store(Input input, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        return store(input.id(), name, body);
    }
}
