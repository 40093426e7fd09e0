package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The walker's window: never more than its size open, and a full window reopens only once half of it is free. */
class InputWindowTest {
    @Test
    void enter_fullWindow_waitsUntilHalfIsFree() throws Exception {
        InputWindow w = new InputWindow(8);
        for (int i = 0; i < 8; i++) {
            w.enter();
        }
        Thread walker = new Thread(() -> {
            try {
                w.enter();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        walker.start();
        while (walker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        for (int i = 0; i < 3; i++) {
            w.leave();
        }
        walker.join(300);
        assertTrue(walker.isAlive(), "5 of 8 still open: the walker waits");
        w.leave();
        walker.join(10_000);
        assertFalse(walker.isAlive(), "half free: the walker goes on");
        assertEquals(5, w.open());
    }

    @Test
    void enterAndLeave_manyInputsTwoWorkers_neverMoreThanTheWindowOpen() throws Exception {
        InputWindow w = new InputWindow(6);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 20_000; i++) {
            w.enter();
            most.accumulateAndGet(w.open(), Math::max);
            pool.execute(() -> {
                done.incrementAndGet();
                w.leave();
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(20_000, done.get());
        assertEquals(0, w.open());
        assertTrue(most.get() <= 6, "at most 6 open, saw " + most.get());
    }

    @Test
    void constructor_tooSmall_refused() {
        assertThrows(IllegalArgumentException.class, () -> new InputWindow(1));
    }
}
