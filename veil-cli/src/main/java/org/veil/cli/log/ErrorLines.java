package org.veil.cli.log;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import org.slf4j.event.Level;

/**
 * With {@code --log-format json}, what a command prints on standard error itself (its error sentences) becomes JSON
 * events too, one per line ({@code "event":"command message"}), so that every line of standard error parses.
 */
public final class ErrorLines extends Writer {
    static final String EVENT = "command message";

    private final PrintWriter target;
    private final StringBuilder line = new StringBuilder();

    private ErrorLines(PrintWriter target) {
        this.target = target;
    }

    /** {@code err} as it should be for the current format: itself for text, a converting writer for JSON. */
    public static PrintWriter forCurrentFormat(PrintWriter err) {
        return ConsoleLog.format() == LogFormat.JSON ? new PrintWriter(new ErrorLines(err), true) : err;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public synchronized void flush() {
        target.flush();
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
        target.flush();
    }

    private void emit() {
        target.println(LogLine.json(Clock.systemUTC().instant(), Level.ERROR, EVENT, line.toString()));
        line.setLength(0);
    }
}
