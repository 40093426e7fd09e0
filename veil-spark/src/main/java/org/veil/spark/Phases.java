package org.veil.spark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall and CPU time of the phases of one job in this JVM (start-up, listing, first pass, second pass, manifest,
 * linkage merge, summary), printed with {@code --timings}: where the fixed cost of a Spark job goes. Names and
 * durations only. CPU time is the whole process's (in local mode, the executors' too).
 */
final class Phases {
    private final List<String> lines = new ArrayList<>();
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    /** Ends the phase that began at the last call (or at creation). */
    void end(String phase) {
        long w = System.nanoTime();
        long c = cpuNanos();
        lines.add(String.format("%-14s %7.2f s wall %7.2f s CPU", phase, (w - wall) / 1e9, (c - cpu) / 1e9));
        wall = w;
        cpu = c;
    }

    /** Adds a line of its own (what ran beside the phases, on other threads). */
    void note(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return lines;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
