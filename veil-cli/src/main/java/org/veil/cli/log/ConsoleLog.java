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
        return at.toInt() >= level.toInt();
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
