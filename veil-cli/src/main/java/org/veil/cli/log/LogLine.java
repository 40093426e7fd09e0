package org.veil.cli.log;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.event.Level;

/** One event as a line: text for people, a JSON object for machines. */
final class LogLine {
    /** How the modules name an input in messages: "input " and its id (hex). */
    private static final Pattern INPUT = Pattern.compile("\\binput ([0-9a-f]{8,64})\\b");

    private LogLine() {
    }

    /** {@code veil: warning: message}; INFO events carry no level word. */
    static String text(Level level, String message) {
        return switch (level) {
            case INFO -> "veil: " + message;
            case WARN -> "veil: warning: " + message;
            default -> "veil: " + level.name().toLowerCase(Locale.ROOT) + ": " + message;
        };
    }

    /**
     * {@code {"time":...,"level":...,"event":...,"input":...,"message":...}}: the event is the message's template
     * (its text before the values are put in, the same for every event of a kind); the input only when the message
     * names one.
     */
    static String json(Instant time, Level level, String template, String message) {
        StringBuilder b = new StringBuilder(96 + message.length());
        b.append("{\"time\":\"").append(time).append("\",\"level\":\"").append(level.name()).append('"');
        b.append(",\"event\":");
        quote(b, template);
        Matcher input = INPUT.matcher(message);
        if (input.find()) {
            b.append(",\"input\":\"").append(input.group(1)).append('"');
        }
        b.append(",\"message\":");
        quote(b, message);
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
