/**
 * The console log of the {@code veil} command: an SLF4J provider that writes each event to standard error as one
 * short line of text ({@code veil: warning: ...}, no thread or class names) or as one JSON object per line
 * ({@code --log-format json}: time, level, event, input id, message), at the level chosen by {@code -q},
 * {@code -v} or {@code --log-level}.
 *
 * <p>Must never: add anything to a message (messages are written by the modules, which name inputs by id and never
 * log PHI, paths of inputs or key material); buffer events (a crash must not lose the lines before it).
 */
package org.veil.cli.log;
