package org.veil.pipeline.pixel;

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
    private final FutureTask<TextScrubber> build;
    private final AtomicBoolean started = new AtomicBoolean();

    private ScrubberSource(FutureTask<TextScrubber> build) {
        this.build = build;
    }

    /** The scrubber with the built-in lists and the default policy, built when first needed. */
    public static ScrubberSource builtin() {
        return new ScrubberSource(new FutureTask<>(() -> TextScrubber.builder().build()));
    }

    /** A scrubber that is already built. */
    public static ScrubberSource of(TextScrubber scrubber) {
        FutureTask<TextScrubber> ready = new FutureTask<>(() -> scrubber);
        ready.run();
        return new ScrubberSource(ready);
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
        return build.isDone();
    }

    /** The scrubber: built on this thread if nobody started it, else waited for. */
    @Override
    public TextScrubber get() {
        build.run();
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the free-text cleaner was being built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the free-text cleaner could not be built: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public String toString() {
        return "ScrubberSource[" + (isBuilt() ? "built" : "not built") + "]";
    }
}
