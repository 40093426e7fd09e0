package org.veil.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paired steps of a disk workload ({@code veil bench --pairs N}): {@code veil deid} with the Basic Profile at
 * each worker count asked for, and a keystore run with modified dates and Clean Descriptors; the same with another
 * build's jar when one is given. When the class path is one jar, the warm-up records a class data archive that the
 * timed runs map, as {@code bin/veil} does.
 */
final class DiskSteps {
    /** Test-only keystore password of the bench's own keystore (it protects a key made for the bench). */
    private static final String PASSWORD = "veil-bench-only";

    private final BenchCommand bench;

    DiskSteps(BenchCommand bench) {
        this.bench = bench;
    }

    List<PairedBench.Summary> measure(String workload, Path in) throws IOException, InterruptedException {
        BenchCommand.InputSize size = BenchCommand.InputSize.of(in);
        BenchCommand.readAll(in);
        String classPath = System.getProperty("java.class.path");
        List<PairedBench.Step> steps = new ArrayList<>();
        steps.addAll(steps(workload, in, "", bench.jvmOptions + cds(classPath, workload, in), classPath));
        if (bench.compareJar != null) {
            steps.addAll(steps(workload, in, " (compare)", bench.compareJvmOptions,
                    bench.compareJar.toAbsolutePath().toString()));
        }
        return new PairedBench(bench.dir, bench.pairs, BenchCommand::deleteOutput)
                .measure(workload, in, size.files(), size.bytes(), steps);
    }

    private List<PairedBench.Step> steps(String workload, Path in, String suffix, String options, String classPath)
            throws IOException, InterruptedException {
        List<PairedBench.Step> steps = new ArrayList<>();
        List<Integer> counts = bench.threadCounts == null ? List.of(bench.threads) : bench.threadCounts;
        String tag = suffix.isEmpty() ? "" : "-compare";
        for (int t : counts) {
            Path out = bench.dir.resolve("out-" + workload + "-basic-" + t + tag);
            steps.add(new PairedBench.Step("deid basic, " + t + " threads" + suffix, bench.veil(options, classPath,
                    List.of("deid", in.toString(), "--threads", Integer.toString(t), out.toString())), Map.of()));
        }
        if (bench.keyed) {
            Path keystore = keystore(classPath);
            Path out = bench.dir.resolve("out-" + workload + "-keyed" + tag);
            steps.add(new PairedBench.Step("deid keyed+dates+descriptors" + suffix, bench.veil(options, classPath,
                    List.of("deid", in.toString(), "--threads", Integer.toString(bench.threads), "--keystore",
                            keystore.toString(), "--option", "retain-long-modified-dates", "--option",
                            "clean-descriptors", out.toString())), Map.of("VEIL_KEYSTORE_PASSWORD", PASSWORD)));
        }
        return steps;
    }

    /** The bench's keystore, made once by {@code veil keys init}. */
    private Path keystore(String classPath) throws IOException, InterruptedException {
        Path keystore = bench.dir.resolve("bench-keystore.p12");
        if (!Files.exists(keystore)) {
            TimedRun.Result r = TimedRun.run(bench.veil(bench.jvmOptions, classPath, List.of("keys", "init",
                    "--keystore", keystore.toString())), Map.of("VEIL_KEYSTORE_PASSWORD", PASSWORD),
                    bench.dir.resolve("log-keys-init.txt"));
            if (r.exitCode() != 0) {
                throw new IOException("veil keys init failed; see " + bench.dir.resolve("log-keys-init.txt"));
            }
        }
        return keystore;
    }

    /**
     * Class data sharing options: a static archive of the classes an untimed de-identification of the workload loads
     * (and, with the keyed step, a keyed one), as {@code bin/veil} records, when the class path is a single jar (a
     * class path with folders cannot be archived).
     */
    private String cds(String classPath, String workload, Path in) throws IOException, InterruptedException {
        if (!bench.cds || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return "";
        }
        Path archive = bench.dir.resolve("bench-" + workload + ".jsa");
        Files.deleteIfExists(archive);
        Path classes = bench.dir.resolve("bench-" + workload + ".classes");
        Files.deleteIfExists(classes);
        Path log = bench.dir.resolve("log-cds.txt");
        List<PairedBench.Step> all = steps(workload, in, " (class list)", bench.jvmOptions, classPath);
        for (PairedBench.Step step : List.of(all.get(0), all.get(all.size() - 1))) {
            Path list = bench.dir.resolve("bench-" + workload + ".step.classes");
            List<String> command = new ArrayList<>(step.command());
            command.add(1, "-XX:DumpLoadedClassList=" + list);
            TimedRun.run(command, step.env(), log);
            BenchCommand.deleteOutput(Path.of(command.get(command.size() - 1)));
            if (Files.exists(list)) {
                appendNew(list, classes);
                Files.delete(list);
            }
        }
        String quiet = " -Xlog:cds=off,cds+dynamic=off";
        if (Files.exists(classes)) {
            List<String> dump = new ArrayList<>(bench.veil(bench.jvmOptions, classPath, List.of()));
            dump.remove(dump.size() - 1);
            dump.addAll(1, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                    "-XX:SharedArchiveFile=" + archive));
            TimedRun.run(dump, Map.of(), log);
        }
        return Files.exists(archive) ? " -XX:SharedArchiveFile=" + archive + quiet : "";
    }

    /** Appends the lines of {@code list} that {@code to} does not hold yet (class lists of several runs, merged). */
    private static void appendNew(Path list, Path to) throws IOException {
        Set<String> lines = new LinkedHashSet<>(Files.exists(to) ? Files.readAllLines(to) : List.of());
        lines.addAll(Files.readAllLines(list));
        Files.write(to, lines);
    }
}
