package org.veil.deid.engine;

/**
 * A compiled decision for an element: the action and a short description of where it came from, for the change
 * report.
 */
record Rule(Action action, String source) {
}
