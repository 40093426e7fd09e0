package org.veil.spark;

import java.io.Serializable;

/**
 * Called on the executor before each input of the de-identification pass; a fault-injection point for tests
 * (e.g. fail the first attempt of a task half way, or hold up one input). The default does nothing.
 */
@FunctionalInterface
public interface TaskHook extends Serializable {
    TaskHook NONE = (partition, attempt, index) -> { };

    /**
     * @param partition the partition's number
     * @param attempt   the task's attempt number (0 for the first)
     * @param index     the input's position in the partition
     */
    void beforeInput(int partition, int attempt, int index) throws Exception;

    /** As {@link #beforeInput}, also given the input; what the job calls. */
    default void before(InputFile input, int partition, int attempt, int index) throws Exception {
        beforeInput(partition, attempt, index);
    }
}
