package org.veil.verify;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item on a few threads and hands the results to one consumer, on the calling thread, in the order
 * of the items: what the consumer builds does not depend on scheduling. At most a few tasks per thread are in flight,
 * so memory is bounded by the threads, not by the items.
 */
final class InOrder {
    private static final int IN_FLIGHT_PER_THREAD = 8;

    private InOrder() {
    }

    static <T, R> void run(List<T> items, int threads, Function<T, R> task, Consumer<R> consumer) {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                consumer.accept(task.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veil-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
            Iterator<T> next = items.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    T item = next.next();
                    inFlight.add(pool.submit(() -> task.apply(item)));
                }
                consumer.accept(result(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
