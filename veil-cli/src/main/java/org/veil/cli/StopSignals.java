package org.veil.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a command's stop action on SIGTERM or SIGINT before the JVM shuts down, then exits as the JVM would have
 * (128 + the signal's number). On a signal the JVM runs every shutdown hook at once, H2's among them, which closes an
 * embedded linkage store while the command still commits links ("linkage store: rollback failed (SQLState 90121)");
 * H2 cannot leave the closing to Veil for a file it shares between processes (AUTO_SERVER), so Veil stops its own work
 * and closes the store first, then exits. Where a handler cannot be installed (the JVM runs with {@code -Xrs}, or the
 * platform lacks the signal), the JVM's usual shutdown happens. Closing puts the earlier handlers back.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final Map<Signal, SignalHandler> previous;

    private StopSignals(Map<Signal, SignalHandler> previous) {
        this.previous = previous;
    }

    /**
     * Installs the handlers: {@code stop}, then exit. {@code stop} must be safe to run again from a shutdown hook, and
     * must return (exit follows even when it throws).
     */
    static StopSignals install(Runnable stop) {
        Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, s -> {
                    try {
                        stop.run();
                    } finally {
                        System.exit(128 + s.getNumber());
                    }
                }));
            } catch (IllegalArgumentException e) {
                // not available here: the JVM's own shutdown
            }
        }
        return new StopSignals(previous);
    }

    @Override
    public void close() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException e) {
                // it was installed, so it can be put back; nothing else to do
            }
        });
    }
}
