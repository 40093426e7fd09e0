package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Driver steps side by side: they run at the same time, and a failure reaches the driver as it was thrown. */
class SideBySideTest {
    @Test
    void twoSteps_runAtTheSameTime() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        try (SideBySide steps = new SideBySide()) {
            for (int i = 0; i < 2; i++) {
                steps.start(() -> {
                    both.countDown();
                    try {
                        if (!both.await(10, TimeUnit.SECONDS)) {
                            throw new IOException("the other step never ran alongside");
                        }
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                });
            }
            steps.await();
        }
        assertEquals(0, both.getCount());
    }

    @Test
    void failingStep_rethrownAsThrown() {
        IOException failure = new IOException("the manifest could not be renamed into place");
        try (SideBySide steps = new SideBySide()) {
            steps.start(() -> { });
            steps.start(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(IOException.class, steps::await));
        }
    }

    @Test
    void failingStep_othersFinishBeforeTheFailureIsRethrown() {
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean slowFinished = new java.util.concurrent.atomic.AtomicBoolean();
        try (SideBySide steps = new SideBySide()) {
            steps.start(() -> {
                throw new IOException("fails first");
            });
            steps.start(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                slowFinished.set(true);
            });
            release.countDown();
            assertThrows(IOException.class, steps::await);
            org.junit.jupiter.api.Assertions.assertTrue(slowFinished.get(), "the slow step ended before await returned");
        }
    }

    @Test
    void stepWithAResult_returnsIt() throws Exception {
        try (SideBySide steps = new SideBySide()) {
            Future<String> made = steps.start(() -> "store");
            assertEquals("store", SideBySide.get(made));
        }
    }
}
