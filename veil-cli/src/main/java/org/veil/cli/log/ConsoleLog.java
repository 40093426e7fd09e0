package org.veil.cli.log;

import java.io.PrintStream;
import java.time.Clock;
import org.slf4j.event.Level;

/**
 * The settings of the console log for this process: the lowest level written and the format. Set once per command
 * line, before the command runs; read by every logger at each event (loggers are made when their classes load, long
 * before the options are parsed).
 */
public final class ConsoleLog {
    /** The level without -q, -v or --log-level. */
    public static final Level DEFAULT_LEVEL = Level.INFO;

    private static volatile Level level = DEFAULT_LEVEL;
    private static volatile LogFormat format = LogFormat.TEXT;
    private static volatile Clock clock = Clock.systemUTC();
    /** A thread whose events are not written, or null (see {@link #quietOn}). */
    private static volatile Thread quiet;

    private ConsoleLog() {
    }

    /** Writes events at {@code lowest} and above, in {@code newFormat}. */
    public static void configure(Level lowest, LogFormat newFormat) {
        level = lowest;
        format = newFormat;
    }

    /** Back to the defaults: INFO, text. */
    public static void reset() {
        configure(DEFAULT_LEVEL, LogFormat.TEXT);
    }

    static LogFormat format() {
        return format;
    }

    /** True when events at {@code at} are written (a progress bar, for one, shows only when INFO is). */
    public static boolean enabled(Level at) {
        return at.toInt() >= level.toInt() && Thread.currentThread() != quiet;
    }

    /**
     * Runs {@code work} on this thread with nothing it logs written: for work whose results are dropped and done
     * again (a rehearsal), whose warnings would only be written twice. One such thread at a time.
     */
    public static void quietOn(Runnable work) {
        quiet = Thread.currentThread();
        try {
            work.run();
        } finally {
            quiet = null;
        }
    }

    /** Writes one event to standard error (looked up at each event, so tests may replace it). */
    static void write(Level at, String template, String message) {
        String line = format == LogFormat.JSON ? LogLine.json(clock.instant(), at, template, message)
                : LogLine.text(at, message);
        PrintStream err = System.err;
        err.println(line);
        err.flush();
    }
}
