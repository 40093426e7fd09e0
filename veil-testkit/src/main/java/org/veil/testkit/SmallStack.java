package org.veil.testkit;

import java.util.concurrent.Callable;

/**
 * Runs a task on a thread with a small stack (64 KiB asked; the JVM may round it up a little), so that a test shows
 * a walk over a deep tree uses the heap and not the thread's stack: a recursive walk overflows there long before the
 * depth limit.
 */
public final class SmallStack {
    /** The stack size asked for the thread. */
    public static final long BYTES = 64 * 1024;

    private SmallStack() {
    }

    /** The task's result; its exception or error (a {@link StackOverflowError} too) is thrown here. */
    public static <T> T call(Callable<T> task) throws Exception {
        Object[] outcome = new Object[2];
        Thread t = new Thread(null, () -> {
            try {
                outcome[0] = task.call();
            } catch (Throwable e) {
                outcome[1] = e;
            }
        }, "small-stack", BYTES);
        t.start();
        t.join();
        if (outcome[1] instanceof Exception e) {
            throw e;
        }
        if (outcome[1] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }
}
