package org.veil.pipeline.folder;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: a bar redrawn in place (files, MB/s, ETA) or a log line every ten seconds, from a daemon
 * thread. Shows counts only, never a file name. Starts the input census (a second walk of the input, for the total
 * and the ETA) only when progress is shown, and for log lines only five seconds into the run.
 */
final class ProgressReporter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);
    private static final int WIDTH = 24;

    private final ProgressStyle style;
    private final PrintStream out;
    private final RunTally tally;
    private final InputCensus census;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean stopped;

    ProgressReporter(ProgressStyle style, PrintStream out, RunTally tally, InputCensus census) {
        this.style = style;
        this.out = out;
        this.tally = tally;
        this.census = census;
        this.thread = new Thread(this::loop, "veil-progress");
        this.thread.setDaemon(true);
    }

    void start() {
        if (style != ProgressStyle.NONE) {
            thread.start();
        }
    }

    private void loop() {
        long interval = style == ProgressStyle.BAR ? 250 : 10_000;
        if (style == ProgressStyle.LOG) {
            // the census walks (and stats) every input a second time: a run that ends before half the interval of
            // the first log line never needs it
            try {
                Thread.sleep(interval / 2);
            } catch (InterruptedException e) {
                return;
            }
            if (stopped) {
                return;
            }
        }
        census.start();
        while (!stopped) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            if (!stopped) {
                show();
            }
        }
    }

    private void show() {
        RunCounts c = tally.snapshot();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? tally.sessionBytes() / seconds : 0;
        String line = line(c.inputs(), census.done() ? census.files() : -1, rate,
                eta(census.done() ? census.bytes() : -1, c.bytesIn(), rate), c.quarantined());
        if (style == ProgressStyle.BAR) {
            out.print("\r" + bar(c.inputs(), census.done() ? census.files() : -1) + " " + line + "   ");
            out.flush();
        } else {
            LOG.info("{}", line);
        }
    }

    /** The text after the bar, e.g. {@code 1234/2000 files  45.3 MB/s  ETA 0:12  3 quarantined}. */
    static String line(long done, long total, double bytesPerSecond, long etaSeconds, long quarantined) {
        StringBuilder sb = new StringBuilder(80);
        sb.append(done).append(total >= 0 ? "/" + total : "").append(" files  ")
                .append(String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6));
        if (etaSeconds >= 0) {
            sb.append("  ETA ").append(clock(etaSeconds));
        }
        if (quarantined > 0) {
            sb.append("  ").append(quarantined).append(" quarantined");
        }
        return sb.toString();
    }

    /** Seconds left at the current rate, or -1 when unknown. */
    static long eta(long totalBytes, long doneBytes, double bytesPerSecond) {
        if (totalBytes < 0 || bytesPerSecond <= 0) {
            return -1;
        }
        return (long) Math.ceil(Math.max(0, totalBytes - doneBytes) / bytesPerSecond);
    }

    /** {@code [#########-----------]}, or an indeterminate bar when the total is unknown. */
    static String bar(long done, long total) {
        StringBuilder sb = new StringBuilder(WIDTH + 2).append('[');
        int filled = total > 0 ? (int) Math.min(WIDTH, done * WIDTH / total) : 0;
        for (int i = 0; i < WIDTH; i++) {
            sb.append(total < 0 ? '.' : i < filled ? '#' : '-');
        }
        return sb.append(']').toString();
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Waits until the display's thread has ended (after {@link #close()}). */
    void awaitStopped() throws InterruptedException {
        thread.join();
    }

        /** Stops and, for the bar, ends its line. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        if (style == ProgressStyle.BAR && thread.isAlive()) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            show();
            out.println();
        }
    }
}
