package org.veil.cli.log;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of the console log: checks the level of {@link ConsoleLog} at each event, then writes the event. */
final class ConsoleLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    ConsoleLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return ConsoleLog.enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return ConsoleLog.enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return ConsoleLog.enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return ConsoleLog.enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return ConsoleLog.enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    /** The throwable's text is left out: exception messages may quote values the modules did not choose to log. */
    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String template, Object[] arguments,
                                               Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(template, arguments);
        ConsoleLog.write(level, template == null ? "" : template, message == null ? "" : message);
    }
}
