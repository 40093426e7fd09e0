package org.veil.pipeline;

import java.io.IOException;

/**
 * Where de-identified instances go: a folder, a network peer, a Spark row. Implementations must be thread-safe, must
 * store an instance completely or not at all (a reader never sees half an instance), and must refuse a second input
 * claiming a name already stored in the run.
 */
public interface InstanceSink {

    /**
     * Stores one instance.
     *
     * @param inputId the {@link Input#id()} it came from (the same input may be stored again, e.g. when a run resumes)
     * @param name    its output name, a relative path with {@code /} separators, free of PHI
     * @param body    writes the instance
     * @return the number of bytes stored
     * @throws DuplicateOutputException when another input already stored {@code name} in this run
     * @throws IOException              when storing failed; nothing was stored
     */
    long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException;

    /**
     * Stores one instance of a known input; a sink that can name the input that claimed a name first (in a
     * {@link DuplicateOutputException}) overrides this. The default stores by {@link Input#id()}.
     */
    default long store(Input input, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        return store(input.id(), name, body);
    }
}
