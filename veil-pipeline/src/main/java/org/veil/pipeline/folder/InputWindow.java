package org.veil.pipeline.folder;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the inputs handed to the workers and not yet finished, so memory stays constant however large the input.
 * Once the window is full the walker sleeps until half of it is free again, not until one place is: the workers then
 * wake the walker once per half window instead of once per input (each wake-up is a pair of {@code futex} calls and
 * two context switches), and the walker refills the workers' queue in one go. One thread enters, any thread leaves.
 */
final class InputWindow {
    private final int size;
    private final AtomicInteger open = new AtomicInteger();
    private final Object lock = new Object();
    private volatile boolean waiting;

    /** A window of {@code size} inputs (at least 2). */
    InputWindow(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("window of " + size + " inputs");
        }
        this.size = size;
    }

    /** Takes a place, first waiting for half the window to be free if it is full. Called by one thread only. */
    void enter() throws InterruptedException {
        if (open.get() >= size) {
            synchronized (lock) {
                waiting = true;
                try {
                    while (open.get() > size / 2) {
                        lock.wait();
                    }
                } finally {
                    waiting = false;
                }
            }
        }
        open.incrementAndGet();
    }

    /** Gives a place back; wakes the waiting walker once half the window is free. */
    void leave() {
        int now = open.decrementAndGet();
        if (now <= size / 2 && waiting) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    /** Inputs entered and not yet left. */
    int open() {
        return open.get();
    }
}
