package org.veil.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a benchmark ran on. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.substring(9).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep what we have
        }
        return String.format("%s, %d cores, %.0f GB RAM, Java %s", cpu, Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0, System.getProperty("java.version"));
    }
}
