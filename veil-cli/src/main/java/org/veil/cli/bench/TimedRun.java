package org.veil.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one command under {@code /usr/bin/time} (Debian package {@code time}), which reports what the kernel counted
 * for the whole process when it ended: user and system CPU seconds of all its threads and its peak resident set.
 * Exact where {@link ChildRun}'s sampling of /proc misses the last moments of a run; falls back to it when
 * {@code /usr/bin/time} is missing.
 */
final class TimedRun {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** Wall time, CPU time split into user and system, peak RSS and exit code of one run. */
    record Result(double seconds, double userSeconds, double systemSeconds, long peakRssBytes, int exitCode) {
        double cpuSeconds() {
            return userSeconds + systemSeconds;
        }
    }

    private TimedRun() {
    }

    static Result run(List<String> command, Map<String, String> env, Path log) throws IOException,
            InterruptedException {
        if (!Files.isExecutable(TIME)) {
            ChildRun.Result r = ChildRun.run(command, env, log);
            return new Result(r.seconds(), r.cpuSeconds(), 0, r.peakRssBytes(), r.exitCode());
        }
        Path times = Files.createTempFile("veil-bench-time", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o",
                    times.toString()));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            int code = pb.start().waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            List<String> lines = Files.readAllLines(times);
            String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
            return new Result(wall, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]) * 1024,
                    code);
        } finally {
            Files.deleteIfExists(times);
        }
    }
}
