package org.veil.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code veil bench --keyed-pairs}: the same {@code veil deid} without and with a keystore, in pairs run back to back (the
 * order swapped every round, so that neither side always runs on a warmer or quieter machine), for the Basic Profile
 * and for modified dates + Clean Descriptors. Each keyed run starts from an empty linkage store (the costlier case:
 * every link is new). Reports medians of wall and CPU time (user + system) per side and the median of the per-pair
 * ratios keyed / unkeyed, with the load average before and after: on a shared machine only paired figures mean much.
 */
final class KeyedComparison {
    /** A password for the bench's own throw-away keystore (it protects nothing but generated data). */
    private static final String BENCH_PASSWORD = "veil-bench-keystore";
    private static final List<String> DESCRIPTORS = List.of("--option", "retain-long-modified-dates", "--option",
            "clean-descriptors");

    /** One setting's runs, unkeyed and keyed, in round order. */
    record Pairs(String workload, String setting, int files, List<ChildRun.Result> unkeyed,
                 List<ChildRun.Result> keyed) {
        double medianSeconds(List<ChildRun.Result> runs) {
            return median(runs.stream().mapToDouble(ChildRun.Result::seconds).toArray());
        }

        double medianCpu(List<ChildRun.Result> runs) {
            return median(runs.stream().mapToDouble(ChildRun.Result::cpuSeconds).toArray());
        }

        /** Median over rounds of keyed wall time / unkeyed wall time. */
        double pairedRatio() {
            double[] r = new double[unkeyed.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = keyed.get(i).seconds() / unkeyed.get(i).seconds();
            }
            return median(r);
        }

        /** Median over rounds of keyed CPU time / unkeyed CPU time. */
        double pairedCpuRatio() {
            double[] r = new double[unkeyed.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = keyed.get(i).cpuSeconds() / unkeyed.get(i).cpuSeconds();
            }
            return median(r);
        }

        boolean allExitedZero() {
            return unkeyed.stream().allMatch(r -> r.exitCode() == 0) && keyed.stream().allMatch(r -> r.exitCode() == 0);
        }
    }

    private final Path dir;
    private final Function<List<String>, List<String>> veil;
    private final String threads;
    private final int rounds;
    private final Path keystore;

    /**
     * @param veil builds the command line of a Veil child JVM from its arguments
     */
    KeyedComparison(Path dir, Function<List<String>, List<String>> veil, int threads, int rounds) {
        this.dir = dir;
        this.veil = veil;
        this.threads = Integer.toString(threads);
        this.rounds = rounds;
        this.keystore = dir.resolve("bench-keystore.p12");
    }

    /** Both settings of one workload, {@code rounds} pairs each. */
    List<Pairs> measure(String workload, Path in, int files) throws IOException, InterruptedException {
        ensureKeystore();
        List<Pairs> all = new ArrayList<>();
        for (String setting : List.of("deid basic", "deid dates+descriptors")) {
            Pairs pairs = new Pairs(workload, setting, files, new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < rounds; round++) {
                boolean keyedFirst = round % 2 == 1;
                for (boolean keyed : new boolean[] {keyedFirst, !keyedFirst}) {
                    ChildRun.Result r = once(workload, in, setting, keyed);
                    (keyed ? pairs.keyed() : pairs.unkeyed()).add(r);
                    System.out.printf("%-8s %-24s %-8s round %d: %6.2f s wall, %6.2f s CPU%s%n", workload, setting,
                            keyed ? "keyed" : "unkeyed", round + 1, r.seconds(), r.cpuSeconds(),
                            r.exitCode() == 0 ? "" : " (exit " + r.exitCode() + ")");
                }
            }
            all.add(pairs);
        }
        return all;
    }

    private ChildRun.Result once(String workload, Path in, String setting, boolean keyed) throws IOException,
            InterruptedException {
        Path out = dir.resolve("out-" + workload + "-keyed-comparison");
        BenchCommand.deleteOutput(out);
        Files.deleteIfExists(Path.of(keystore + ".linkage.mv.db"));
        Files.deleteIfExists(Path.of(keystore + ".linkage.lock.db"));
        List<String> args = new ArrayList<>(List.of("deid", in.toString(), out.toString(), "--threads", threads));
        if (setting.endsWith("dates+descriptors")) {
            args.addAll(DESCRIPTORS);
        }
        if (keyed) {
            args.addAll(List.of("--keystore", keystore.toString()));
        }
        BenchCommand.settle();
        Path log = dir.resolve("log-" + workload + "-keyed-comparison.txt");
        return ChildRun.run(veil.apply(args), Map.of("VEIL_KEYSTORE_PASSWORD", BENCH_PASSWORD), log);
    }

    private void ensureKeystore() throws IOException, InterruptedException {
        if (Files.exists(keystore)) {
            return;
        }
        ChildRun.Result r = ChildRun.run(veil.apply(List.of("keys", "init", "--keystore", keystore.toString())),
                Map.of("VEIL_KEYSTORE_PASSWORD", BENCH_PASSWORD), dir.resolve("log-keys-init.txt"));
        if (r.exitCode() != 0) {
            throw new IOException("veil keys init failed (exit " + r.exitCode() + "), see " + dir.resolve(
                    "log-keys-init.txt"));
        }
    }

    /** The 1-, 5- and 15-minute load averages, from /proc/loadavg. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One line per setting: medians per side and the paired ratios. */
    static String format(Pairs p) {
        return String.format("%-8s %-24s unkeyed %6.2f s (%6.1f files/s, CPU %6.2f s)  keyed %6.2f s (%6.1f files/s, "
                        + "CPU %6.2f s)  keyed/unkeyed wall %.2f, CPU %.2f", p.workload(), p.setting(),
                p.medianSeconds(p.unkeyed()), p.files() / p.medianSeconds(p.unkeyed()), p.medianCpu(p.unkeyed()),
                p.medianSeconds(p.keyed()), p.files() / p.medianSeconds(p.keyed()), p.medianCpu(p.keyed()),
                p.pairedRatio(), p.pairedCpuRatio());
    }

    /** A Markdown table of the comparison. */
    static String markdown(List<Pairs> all, String heading) {
        StringBuilder sb = new StringBuilder("\n### ").append(heading).append("\n\n");
        sb.append("| workload | step | files | unkeyed s | unkeyed files/s | unkeyed CPU s | keyed s | keyed files/s "
                + "| keyed CPU s | keyed/unkeyed wall (paired median) | keyed/unkeyed CPU | peak RSS unkeyed / keyed "
                + "(MB) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Pairs p : all) {
            sb.append(String.format("| %s | %s | %d | %.2f | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.0f / %.0f "
                            + "|%n", p.workload(), p.setting(), p.files(), p.medianSeconds(p.unkeyed()),
                    p.files() / p.medianSeconds(p.unkeyed()), p.medianCpu(p.unkeyed()), p.medianSeconds(p.keyed()),
                    p.files() / p.medianSeconds(p.keyed()), p.medianCpu(p.keyed()), p.pairedRatio(),
                    p.pairedCpuRatio(), peak(p.unkeyed()), peak(p.keyed())));
        }
        return sb.toString();
    }

    private static double peak(List<ChildRun.Result> runs) {
        return runs.stream().mapToLong(ChildRun.Result::peakRssBytes).max().orElse(0) / 1048576.0;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
