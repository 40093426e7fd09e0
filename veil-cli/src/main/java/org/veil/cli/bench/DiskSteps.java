package org.veil.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * Class data sharing options: an archive recorded by an untimed de-identification of the workload when the class
     * path is a single jar (a class path with folders cannot be archived).
     */
    private String cds(String classPath, String workload, Path in) throws IOException, InterruptedException {
        if (!bench.cds || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return "";
        }
        Path archive = bench.dir.resolve("bench-" + workload + ".jsa");
        Files.deleteIfExists(archive);
        Path out = bench.dir.resolve("out-" + workload + "-cds");
        BenchCommand.deleteOutput(out);
        String quiet = " -Xlog:cds=off,cds+dynamic=off";
        TimedRun.run(bench.veil(bench.jvmOptions + " -XX:ArchiveClassesAtExit=" + archive + quiet, classPath,
                List.of("deid", in.toString(), out.toString())), Map.of(), bench.dir.resolve("log-cds.txt"));
        BenchCommand.deleteOutput(out);
        return Files.exists(archive) ? " -XX:SharedArchiveFile=" + archive + quiet : "";
    }
}
