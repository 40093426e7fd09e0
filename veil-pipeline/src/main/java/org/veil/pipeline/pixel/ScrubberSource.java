package org.veil.pipeline.pixel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.veil.text.TextScrubber;

/**
 * The free-text cleaner that OCR text is checked against, built once, when it is first needed: building the built-in
 * name and term tables costs about a CPU second, which a run that reads no text in pixels (rules only, no OCR, no
 * image with text) should not pay, and which a run that does can overlap with decoding its first frames by asking
 * for it early ({@link #prepare()}, on a background thread). Thread-safe; every caller gets the same scrubber.
 */
public final class ScrubberSource implements Supplier<TextScrubber> {
    private final Callable<TextScrubber> recipe;
    private volatile FutureTask<TextScrubber> build;
    private final AtomicBoolean started = new AtomicBoolean();

    ScrubberSource(Callable<TextScrubber> recipe) {
        this.recipe = recipe;
        this.build = new FutureTask<>(recipe);
    }

    /** The scrubber with the built-in lists and the default policy, built when first needed. */
    public static ScrubberSource builtin() {
        return new ScrubberSource(() -> TextScrubber.builder().build());
    }

    /** A scrubber that is already built. */
    public static ScrubberSource of(TextScrubber scrubber) {
        ScrubberSource s = new ScrubberSource(() -> scrubber);
        s.build.run();
        return s;
    }

    /** Starts building on a background thread unless building has started; returns at once. */
    public void prepare() {
        if (!build.isDone() && started.compareAndSet(false, true)) {
            Thread t = new Thread(build, "veil-scrubber-build");
            t.setDaemon(true);
            t.start();
        }
    }

    /** True once the scrubber is built (for tests and diagnostics). */
    public boolean isBuilt() {
        FutureTask<TextScrubber> t = build;
        return t.isDone() && !t.isCancelled() && built(t);
    }

    private static boolean built(FutureTask<TextScrubber> t) {
        try {
            t.get();
            return true;
        } catch (ExecutionException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The scrubber: built on this thread if nobody started it, else waited for. A build that failed (the heap ran
     * out while it ran beside the workers, say) is tried again on this thread; a second failure is thrown, and the
     * next call tries again.
     */
    @Override
    public TextScrubber get() {
        FutureTask<TextScrubber> t = build;
        for (int attempt = 0; ; attempt++) {
            t.run();
            try {
                return t.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the free-text cleaner was being built", e);
            } catch (ExecutionException e) {
                if (attempt > 0) {
                    throw new IllegalStateException("the free-text cleaner could not be built: "
                            + e.getCause().getMessage(), e.getCause());
                }
                t = retry(t);
            }
        }
    }

    /** A new build in place of the failed one, unless another thread has put one there already. */
    private synchronized FutureTask<TextScrubber> retry(FutureTask<TextScrubber> failed) {
        if (build == failed) {
            build = new FutureTask<>(recipe);
        }
        return build;
    }

    @Override
    public String toString() {
        return "ScrubberSource[" + (isBuilt() ? "built" : "not built") + "]";
    }
}
