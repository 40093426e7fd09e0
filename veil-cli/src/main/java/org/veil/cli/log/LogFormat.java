package org.veil.cli.log;

/** How the console log writes an event: a line of text for people, or one JSON object per line for machines. */
public enum LogFormat {
    TEXT,
    JSON
}
