package org.veil.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Times Veil steps paired with {@code cp -r} of the same input in the same run: after one untimed warm-up of each,
 * {@code cp} and the step run in turn ({@code cp, step, cp, step ...}), so that both see the same machine state, and
 * each pair gives a ratio (cp time / step time: the step's throughput as a fraction of cp's). Medians of the pairs
 * are reported, with CPU seconds (user and system, whole process, from the kernel) per GB of input, which stay steady
 * on a shared machine where wall time does not.
 */
final class PairedBench {
    /** A command to time against cp, with its environment. */
    record Step(String name, List<String> command, Map<String, String> env) {
    }

    /** One cp run and the step run after it. */
    record Pair(TimedRun.Result cp, TimedRun.Result step) {
        double ratio() {
            return cp.seconds() / step.seconds();
        }
    }

    /** All pairs of one step on one workload. */
    record Summary(String workload, String step, int files, long bytes, List<Pair> pairs) {
        double medianRatio() {
            return median(pairs, Pair::ratio);
        }

        double medianSeconds() {
            return median(pairs, p -> p.step().seconds());
        }

        double medianCpSeconds() {
            return median(pairs, p -> p.cp().seconds());
        }

        double userPerGb() {
            return median(pairs, p -> p.step().userSeconds()) / gb();
        }

        double systemPerGb() {
            return median(pairs, p -> p.step().systemSeconds()) / gb();
        }

        double cpCpuPerGb() {
            return median(pairs, p -> p.cp().cpuSeconds()) / gb();
        }

        double minRatio() {
            return pairs.stream().mapToDouble(Pair::ratio).min().orElse(0);
        }

        double maxRatio() {
            return pairs.stream().mapToDouble(Pair::ratio).max().orElse(0);
        }

        long peakRss() {
            return pairs.stream().mapToLong(p -> p.step().peakRssBytes()).max().orElse(0);
        }

        boolean allExitedZero() {
            return pairs.stream().allMatch(p -> p.step().exitCode() == 0 && p.cp().exitCode() == 0);
        }

        private double gb() {
            return bytes / 1e9;
        }
    }

    /** Deletes a step's output (and what it writes beside it) before each run. */
    interface Cleaner {
        void clean(Path out) throws IOException;
    }

    private final Path dir;
    private final int pairs;
    private final Cleaner cleaner;

    PairedBench(Path dir, int pairs, Cleaner cleaner) {
        this.dir = dir;
        this.pairs = pairs;
        this.cleaner = cleaner;
    }

    /**
     * Measures each step against cp, round by round: one pair of every step, then the next round. Each step's command
     * writes to {@code out}, given as its last argument by {@code steps}' builder.
     */
    List<Summary> measure(String workload, Path in, int files, long bytes, List<Step> steps)
            throws IOException, InterruptedException {
        Path cpOut = dir.resolve("out-" + workload + "-cp");
        Step cp = new Step("cp -r", List.of("cp", "-r", in.toString(), cpOut.toString()), Map.of());
        run(workload, cp, cpOut);
        for (Step s : steps) {
            run(workload, s, output(workload, s));
        }
        // round by round (cp, step 1, cp, step 2, ... then again), so that a change in the machine's load during the
        // bench falls on every step alike, not on the steps (or the --compare-jar) measured last
        List<List<Pair>> done = new ArrayList<>();
        steps.forEach(s -> done.add(new ArrayList<>()));
        for (int i = 0; i < pairs; i++) {
            for (int k = 0; k < steps.size(); k++) {
                Step s = steps.get(k);
                TimedRun.Result c = run(workload, cp, cpOut);
                TimedRun.Result r = run(workload, s, output(workload, s));
                done.get(k).add(new Pair(c, r));
                System.out.printf("%-12s %-34s pair %d: cp %.2f s, step %.2f s (%.2f user + %.2f sys CPU s), "
                        + "ratio %.2f, peak RSS %.0f MB%s%n", workload, s.name(), i + 1, c.seconds(), r.seconds(),
                        r.userSeconds(), r.systemSeconds(), c.seconds() / r.seconds(), r.peakRssBytes() / 1048576.0,
                        r.exitCode() == 0 ? "" : " (exit " + r.exitCode() + ")");
            }
        }
        List<Summary> out = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            out.add(new Summary(workload, steps.get(k).name(), files, bytes, done.get(k)));
        }
        cleaner.clean(cpOut);
        for (Step s : steps) {
            cleaner.clean(output(workload, s));
        }
        return out;
    }

    /** The output folder of a step (the last argument of its command). */
    static Path output(String workload, Step s) {
        return Path.of(s.command().get(s.command().size() - 1));
    }

    private TimedRun.Result run(String workload, Step s, Path out) throws IOException, InterruptedException {
        cleaner.clean(out);
        BenchCommand.settle();
        Path log = dir.resolve("log-" + workload + "-" + s.name().replaceAll("[^A-Za-z0-9+]", "_") + ".txt");
        return TimedRun.run(s.command(), s.env(), log);
    }

    static double median(List<Pair> pairs, ToDoubleFunction<Pair> f) {
        List<Double> v = pairs.stream().map(f::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        if (v.isEmpty()) {
            return 0;
        }
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** The Markdown table of the summaries. */
    static String markdown(List<Summary> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| workload | step | pairs | cp s | step s | ratio to cp (median, min–max) | user CPU s/GB "
                + "| sys CPU s/GB | cp CPU s/GB | peak RSS (MB) | all exit 0 |\n");
        sb.append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (Summary s : rows) {
            sb.append(String.format("| %s | %s | %d | %.2f | %.2f | %.2f (%.2f–%.2f) | %.2f | %.2f | %.2f | %.0f "
                    + "| %s |%n", s.workload(), s.step(), s.pairs().size(), s.medianCpSeconds(), s.medianSeconds(),
                    s.medianRatio(), s.minRatio(), s.maxRatio(), s.userPerGb(), s.systemPerGb(), s.cpCpuPerGb(),
                    s.peakRss() / 1048576.0, s.allExitedZero() ? "yes" : "no"));
        }
        return sb.toString();
    }
}
