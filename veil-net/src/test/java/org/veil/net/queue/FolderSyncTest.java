package org.veil.net.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Group commit of the spool's folder forces: shared forces, never one that began before the caller's change. */
class FolderSyncTest {
    private static final Path DIR = Path.of("received");

    @Test
    void callers_arrivingWhileAForceRuns_shareOneLaterForce() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        FolderSync sync = new FolderSync(DIR, d -> {
            if (calls.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = pool.submit(() -> call(sync));
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            List<Future<?>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(pool.submit(() -> call(sync)));
            }
            waitUntilWaiting(sync, 8);
            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : later) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertEquals(2, calls.get(), "the 8 callers that came during the first force share one force after it");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyCaller_returnsOnlyAfterAForceThatBeganAfterItsChange() throws Exception {
        AtomicLong changes = new AtomicLong();
        AtomicLong coveredUpTo = new AtomicLong(); // changes made before the last completed force began
        FolderSync sync = new FolderSync(DIR, d -> {
            long seen = changes.get();
            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            coveredUpTo.accumulateAndGet(seen, Math::max);
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long mine = changes.incrementAndGet();
                        call(sync);
                        assertTrue(coveredUpTo.get() >= mine, "returned before its change was forced");
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertTrue(sync.forces() < 400, "concurrent callers shared forces: " + sync.forces());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedForce_failsItsCaller_andTheNextCallerForcesAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        FolderSync sync = new FolderSync(DIR, d -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("disk gone");
            }
        });
        assertThrows(IOException.class, sync::await);
        sync.await();
        assertEquals(2, calls.get());
    }

    private static void waitUntilWaiting(FolderSync sync, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting(sync) < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertEquals(n, waiting(sync), "callers waiting for the running force");
    }

    private static int waiting(FolderSync sync) {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getState() == Thread.State.WAITING) {
                for (StackTraceElement e : t.getStackTrace()) {
                    if (e.getClassName().equals(FolderSync.class.getName()) && e.getMethodName().equals("waitForForce")) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    private static Void call(FolderSync sync) throws IOException {
        sync.await();
        return null;
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
