package org.veil.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Steps of the driver that do not depend on each other, each on its own thread (the driver's work between and after
 * the passes is otherwise one thread, while the executors of a local job wait): opening the linkage store while the
 * passes run, and the manifest, the mapping file and the linkage merge at the end. A step's failure is rethrown by
 * {@link #await}. {@link #close} lets what was started finish on its own (an interrupted step could leave a database
 * file half-opened), and starts nothing more.
 */
final class SideBySide implements AutoCloseable {
    /** A step that may fail with an I/O error. */
    interface Step {
        void run() throws IOException;
    }

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "veil-driver-step");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> started = new ArrayList<>();

    /** Starts a step. */
    void start(Step step) {
        started.add(threads.submit(() -> {
            step.run();
            return null;
        }));
    }

    /** Starts a step that makes something. */
    <T> Future<T> start(Callable<T> step) {
        Future<T> f = threads.submit(step);
        started.add(f);
        return f;
    }

    /**
     * Waits for every step started so far, also when one failed (none is left running behind the caller); the first
     * failure is then rethrown as it was thrown.
     */
    void await() throws IOException {
        IOException ioFailure = null;
        RuntimeException failure = null;
        for (Future<?> f : started) {
            try {
                get(f);
            } catch (IOException e) {
                ioFailure = ioFailure == null && failure == null ? e : ioFailure;
            } catch (RuntimeException e) {
                failure = ioFailure == null && failure == null ? e : failure;
            }
        }
        started.clear();
        if (ioFailure != null) {
            throw ioFailure;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The result of a step, its failure rethrown as it was thrown. */
    static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a step of the driver", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
