package org.veil.net.queue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Forces one folder's entries to disk for many threads at once (group commit). A thread that renamed or deleted a file
 * in the folder calls {@link #await}; it returns only after a force that <em>started</em> after the call began has
 * completed, so the thread's change is durable. While one force runs, every thread that arrives waits for it to end and
 * then one of them forces once for all of them: n concurrent changes cost about two forces instead of n. A failed
 * force fails its caller; the threads it would have covered force again themselves. Thread-safe.
 */
final class FolderSync {
    /** Forces a folder (a seam for tests). */
    @FunctionalInterface
    interface Force {
        void force(Path dir) throws IOException;
    }

    private final Path dir;
    private final Force force;
    private long requested;
    private long durable;
    private boolean running;
    private long forces;

    FolderSync(Path dir, Force force) {
        this.dir = dir;
        this.force = force;
    }

    /** Returns once every change made in the folder before this call is durable. */
    void await() throws IOException {
        long ticket;
        long covers;
        synchronized (this) {
            ticket = ++requested;
            while (true) {
                if (durable >= ticket) {
                    return;
                }
                if (!running) {
                    break;
                }
                waitForForce();
            }
            running = true;
            covers = requested; // every ticket taken so far belongs to a change made before the force below starts
        }
        boolean ok = false;
        try {
            force.force(dir);
            ok = true;
        } finally {
            synchronized (this) {
                running = false;
                forces++;
                if (ok) {
                    durable = Math.max(durable, covers);
                }
                notifyAll();
            }
        }
    }

    /** Forces done so far (for tests and figures). */
    synchronized long forces() {
        return forces;
    }

    private void waitForForce() throws IOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the spool folder to be forced to disk", e);
        }
    }
}
