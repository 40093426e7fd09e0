package org.veil.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one timed command in a child process and samples its peak resident set size (VmHWM in /proc, which the kernel
 * keeps as a high-water mark, so sampling shortly before exit sees the true peak) and its CPU time (user + system of
 * all its threads, from /proc/PID/stat; the last sample, at most 20 ms before exit). CPU time tells what a step costs
 * when the machine is shared and wall time is stretched by other processes.
 */
final class ChildRun {
    /** Wall time and peak RSS of one run. */
    record Result(double seconds, long peakRssBytes, int exitCode, double cpuSeconds) {
    }

    /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private ChildRun() {
    }

    static Result run(List<String> command, Map<String, String> env, Path log) throws IOException,
            InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        long ticks = 0;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        while (p.isAlive()) {
            peak = Math.max(peak, hwm(status));
            ticks = Math.max(ticks, cpuTicks(stat));
            Thread.sleep(20);
        }
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, peak, code, ticks / TICKS);
    }

    /** utime + stime of a live process in clock ticks, 0 when it has gone. */
    private static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmHWM of a live process in bytes, 0 when it has gone. */
    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
