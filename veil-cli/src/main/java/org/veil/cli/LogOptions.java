package org.veil.cli;

import org.slf4j.event.Level;
import org.veil.cli.log.ConsoleLog;
import org.veil.cli.log.LogFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The log options of every command ({@code veil -q deid ...} or {@code veil deid -q ...}): how much goes to standard
 * error and in which format. Messages never carry PHI, input paths or key material, whatever the level.
 */
final class LogOptions {
    private boolean quiet;
    private boolean verbose;
    private Level level;
    private LogFormat format = LogFormat.TEXT;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "print errors only (no progress, "
            + "no warnings) on standard error")
    void quiet(boolean on) {
        quiet = on;
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "print debugging detail as well")
    void verbose(boolean on) {
        verbose = on;
    }

    @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
            description = "lowest level logged: error, warn, info (default), debug or trace; overrides -q and -v")
    void level(Level value) {
        level = value;
    }

    @Option(names = "--log-format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "text (default) or json: one JSON object per line with time, level, event, input id "
                    + "and message")
    void format(LogFormat value) {
        format = value;
    }

    /** Sets the console log for the command about to run. */
    void apply() {
        Level lowest = level != null ? level : quiet ? Level.ERROR : verbose ? Level.DEBUG : ConsoleLog.DEFAULT_LEVEL;
        ConsoleLog.configure(lowest, format);
    }
}
