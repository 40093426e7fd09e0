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
 * build's jar when one is given. For each build whose class path is one jar, the warm-up records a class data archive
 * that its timed runs map, as {@code bin/veil} does.
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
        List<PairedBench.Step> steps = new ArrayList<>();
        for (Side side : sides(System.getProperty("java.class.path"))) {
            steps.addAll(steps(workload, in, side.suffix(), side.options() + cds(side, workload, in),
                    side.classPath()));
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
    private String cds(Side side, String workload, Path in) throws IOException, InterruptedException {
        if (!archived(side)) {
            return "";
        }
        String classPath = side.classPath();
        Path archive = bench.dir.resolve(side.archiveName(workload));
        Files.deleteIfExists(archive);
        Path classes = bench.dir.resolve("bench-" + workload + side.tag() + ".classes");
        Files.deleteIfExists(classes);
        Path log = bench.dir.resolve("log-cds.txt");
        List<PairedBench.Step> all = steps(workload, in, " (class list)", side.options(), classPath);
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
            List<String> dump = new ArrayList<>(bench.veil(side.options(), classPath, List.of()));
            dump.remove(dump.size() - 1);
            dump.addAll(1, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                    "-XX:SharedArchiveFile=" + archive));
            TimedRun.run(dump, Map.of(), log);
        }
        return Files.exists(archive) ? " -XX:SharedArchiveFile=" + archive + quiet : "";
    }

    /**
     * The builds timed: this one and, with {@code --compare-jar}, the other one with its own JVM options. Each gets a
     * class data archive of its own when it can have one, so neither side is timed with an advantage the other lacks.
     */
    List<Side> sides(String ownClassPath) {
        List<Side> sides = new ArrayList<>(List.of(new Side("", "", bench.jvmOptions, ownClassPath)));
        if (bench.compareJar != null) {
            sides.add(new Side(" (compare)", "-compare", bench.compareJvmOptions,
                    bench.compareJar.toAbsolutePath().toString()));
        }
        return sides;
    }

    /** Whether {@code side} runs with a class data archive: asked for, and its class path one jar. */
    boolean archived(Side side) {
        String classPath = side.classPath();
        return bench.cds && !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar");
    }

    /**
     * One build timed.
     *
     * @param suffix    what its step names end with
     * @param tag       what its archive and class list names end with
     * @param options   its JVM options
     * @param classPath its class path
     */
    record Side(String suffix, String tag, String options, String classPath) {
        /** The file name of its archive for {@code workload}. */
        String archiveName(String workload) {
            return "bench-" + workload + tag + ".jsa";
        }
    }

    /** Appends the lines of {@code list} that {@code to} does not hold yet (class lists of several runs, merged). */
    private static void appendNew(Path list, Path to) throws IOException {
        Set<String> lines = new LinkedHashSet<>(Files.exists(to) ? Files.readAllLines(to) : List.of());
        lines.addAll(Files.readAllLines(list));
        Files.write(to, lines);
    }
}
