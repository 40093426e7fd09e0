package org.veil.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.veil.synth.BurnedInWorkload;
import org.veil.synth.HeadSeries;
import org.veil.synth.Workloads;
import org.veil.verify.MappingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil bench}: generates reproducible workloads and times, in the same run and on the same data, {@code cp -r},
 * the codec alone (parse + rewrite), {@code veil deid} (Basic Profile with keyed pseudonyms), {@code veil deid} with
 * modified dates and Clean Descriptors, and {@code veil verify}. Each Veil step runs in its own JVM (start-up
 * included) whose peak RSS is sampled from /proc. Prints files/s, MB/s, the ratio to cp and peak RSS, and appends the
 * rows to a Markdown file with the machine description.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark Veil against cp -r on generated workloads (prints figures; appends to docs/BENCHMARKS.md).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "work folder (default: ${DEFAULT-VALUE})")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "veil-bench");

    @Option(names = "--workloads", split = ",", paramLabel = "NAME", description = "ct, small, multiframe, ct-dense, "
            + "small-dense (headers with 10 private groups, 150 private elements, nested sequences, referenced "
            + "studies), "
            + "private, us-cine, text-images, deface (default: ct, small, multiframe)")
    List<String> workloads = List.of("ct", "small", "multiframe");

    @Option(names = "--private-elements", split = ",", paramLabel = "N", description = "sizes of the private "
            + "workload: one file each with N two-byte private elements; give the JVMs --heap 2g "
            + "(default: ${DEFAULT-VALUE})")
    List<Integer> privateElements = List.of(1_000_000, 2_000_000, 4_000_000);

    @Option(names = "--cine-files", description = "us-cine: 640x480 RGB cines of 100 frames with a static burned-in "
            + "overlay (default: ${DEFAULT-VALUE})")
    int cineFiles = 4;

    @Option(names = "--text-files", description = "text-images: 512x512 16-bit images with burned-in text "
            + "(default: ${DEFAULT-VALUE})")
    int textFiles = 200;

    @Option(names = "--ct-files", description = "CT-like files, 512x512x16 bit (default: ${DEFAULT-VALUE})")
    int ctFiles = 2000;

    @Option(names = "--small-files", description = "files of about 10 KB (default: ${DEFAULT-VALUE})")
    int smallFiles = 20000;

    @Option(names = "--multiframe-mb", description = "size of the multiframe file in MiB (default: ${DEFAULT-VALUE})")
    int multiframeMb = 1024;

    @Option(names = "--threads", description = "Veil worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jvm-options", paramLabel = "OPTS", description = "options of each Veil JVM (default: "
            + "$VEIL_JAVA_OPTS or bin/veil's default, ${DEFAULT-VALUE})")
    String jvmOptions = System.getenv().getOrDefault("VEIL_JAVA_OPTS",
            "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -XX:-UseDynamicNumberOfCompilerThreads");

    @Option(names = "--pairs", description = "ct, small, multiframe, ct-dense, small-dense: time each step N times "
            + "paired with cp -r (cp, step, cp, step ... after an untimed warm-up) and report medians and CPU seconds "
            + "per GB; 0 for one pass of the classic steps (default: ${DEFAULT-VALUE})")
    int pairs = 0;

    @Option(names = "--thread-counts", split = ",", paramLabel = "N", description = "paired mode: run deid basic "
            + "with each of these worker counts (default: --threads)")
    List<Integer> threadCounts;

    // named by their negative form: picocli sets a negatable option whose field defaults to true to false with the
    // positive form (a "--keyed" option left the step on with --no-keyed and turned it off with --keyed)
    @Option(names = "--no-keyed", negatable = true, description = "paired mode: also time a keystore run with "
            + "modified dates and Clean Descriptors; --no-keyed leaves it out (default: ${DEFAULT-VALUE})")
    boolean keyed = true;

    @Option(names = "--no-cds", negatable = true, description = "paired mode: share class data as bin/veil does (a "
            + "static archive of the classes the workload's basic and keyed runs load, recorded before the pairs, for "
            + "each build whose class path is one jar, --compare-jar's too); --no-cds does without "
            + "(default: ${DEFAULT-VALUE})")
    boolean cds = true;

    @Option(names = "--compare-jar", paramLabel = "JAR", description = "paired mode: also time the same steps with "
            + "another build's veil.jar (e.g. the one before a change)")
    Path compareJar;

    @Option(names = "--compare-jvm-options", paramLabel = "OPTS", description = "JVM options of --compare-jar "
            + "(default: ${DEFAULT-VALUE}, bin/veil's before issue 23)")
    String compareJvmOptions = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    @Option(names = "--heap", description = "maximum heap of each Veil JVM (default: ${DEFAULT-VALUE})")
    String heap = "128m";

    @Option(names = "--deface-heap", description = "deface: maximum heap of each Veil JVM, which holds one series "
            + "volume at a time (default: ${DEFAULT-VALUE})")
    String defaceHeap = "1g";

    @Option(names = "--deface-repeats", description = "deface: runs of each step (default: ${DEFAULT-VALUE})")
    int defaceRepeats = 3;

    @Option(names = "--append", paramLabel = "FILE", description = "Markdown file to append the rows to "
            + "(default: ${DEFAULT-VALUE}; 'none' to skip)")
    String append = "docs/BENCHMARKS.md";

    @Option(names = "--keyed-pairs", description = "instead of the usual steps: veil deid without and with a keystore "
            + "(Basic Profile, and modified dates + Clean Descriptors) in interleaved pairs on the ct and small "
            + "workloads; prints medians, CPU seconds and keyed/unkeyed ratios")
    boolean keyedPairs;

    @Option(names = "--rounds", description = "--keyed-pairs: pairs per workload and setting (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    private static final int CINE_FRAMES = 100;
    private static final List<String> DISK_WORKLOADS = List.of("ct", "small", "multiframe", "ct-dense",
            "small-dense");

    private record Step(String name, List<String> command) {
    }

    private record Row(String workload, String step, int files, long bytes, ChildRun.Result r, double cpSeconds) {
        double filesPerSecond() {
            return files / r.seconds();
        }

        double mbPerSecond() {
            return bytes / 1e6 / r.seconds();
        }

        double ratio() {
            return cpSeconds / r.seconds();
        }
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        String machine = Machine.describe();
        System.out.println("veil bench on " + machine);
        if (keyedPairs) {
            return compareKeyed(machine);
        }
        List<Row> rows = new ArrayList<>();
        List<PairedBench.Summary> paired = new ArrayList<>();
        for (String w : workloads) {
            if (w.equals("deface")) {
                rows.addAll(measureDeface());
                continue;
            }
            if (w.equals("private")) {
                for (int n : privateElements) {
                    rows.addAll(measure("private-" + n, generatePrivate(n)));
                }
                continue;
            }
            Path in = generate(w);
            if (pairs > 0 && DISK_WORKLOADS.contains(w)) {
                paired.addAll(new DiskSteps(this).measure(w, in));
                continue;
            }
            rows.addAll(measure(w, in));
        }
        if (!paired.isEmpty()) {
            System.out.println();
            System.out.print(PairedBench.markdown(paired));
            if (!append.equals("none")) {
                appendPaired(Path.of(append), machine, paired);
            }
            if (rows.isEmpty()) {
                return paired.stream().allMatch(PairedBench.Summary::allExitedZero) ? 0 : 1;
            }
        }
        print(rows);
        printScaling(rows);
        if (!append.equals("none")) {
            appendMarkdown(Path.of(append), machine, rows);
            System.out.println("appended to " + append);
        }
        return rows.stream().allMatch(r -> r.r().exitCode() == 0) ? 0 : 1;
    }

    /**
     * The input folder of a workload, generated unless it is marked complete; an incomplete one is deleted first (a
     * symbolic link there is removed, not the folder it points to).
     */
    Path generate(String workload) throws IOException {
        Path in = dir.resolve("in-" + workload + "-" + size(workload));
        if (Files.isDirectory(in.resolve(".complete"))) {
            return in;
        }
        deleteTree(in);
        System.out.println("generating " + workload + " workload in " + in + " ...");
        switch (workload) {
            case "ct" -> Workloads.ct(in, ctFiles, 10, Workloads.SEED);
            case "small" -> Workloads.small(in, smallFiles, 100, Workloads.SEED);
            case "ct-dense" -> Workloads.ctDense(in, ctFiles, 10, Workloads.SEED);
            case "small-dense" -> Workloads.smallDense(in, smallFiles, 100, Workloads.SEED);
            case "multiframe" -> Workloads.multiframe(in, multiframeMb * 1024L * 1024L, Workloads.SEED);
            case "us-cine" -> BurnedInWorkload.cines(in, cineFiles, CINE_FRAMES, Workloads.SEED);
            case "text-images" -> BurnedInWorkload.images(in, textFiles, Workloads.SEED);
            default -> throw new IllegalArgumentException("unknown workload '" + workload + "' (ct, small, "
                    + "multiframe, ct-dense, small-dense, us-cine, text-images, deface)");
        }
        Files.createDirectories(in.resolve(".complete"));
        return in;
    }

    /** {@code --keyed-pairs}: see {@link KeyedComparison}. */
    private int compareKeyed(String machine) throws IOException, InterruptedException {
        KeyedComparison comparison = new KeyedComparison(dir, args -> veil(args.toArray(String[]::new)), threads,
                rounds);
        String loadBefore = KeyedComparison.load();
        List<KeyedComparison.Pairs> all = new ArrayList<>();
        for (String w : workloads) {
            if (w.equals("ct") || w.equals("small")) {
                Path in = generate(w);
                readAll(in);
                int files;
                try (Stream<Path> s = Files.walk(in)) {
                    files = (int) s.filter(Files::isRegularFile).count();
                }
                all.addAll(comparison.measure(w, in, files));
            }
        }
        String heading = LocalDate.now() + ": " + machine + ", " + threads + " threads, JVM " + jvmOptions + " -Xmx"
                + heap + ", " + rounds + " pairs each, load average " + loadBefore + " before, "
                + KeyedComparison.load() + " after";
        System.out.println();
        all.forEach(p -> System.out.println(KeyedComparison.format(p)));
        if (!append.equals("none")) {
            Files.writeString(Path.of(append), KeyedComparison.markdown(all, heading), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("appended to " + append);
        }
        return all.stream().allMatch(KeyedComparison.Pairs::allExitedZero) ? 0 : 1;
    }

    private Path generatePrivate(int elements) throws IOException {
        Path in = dir.resolve("in-private-" + elements);
        if (Files.isDirectory(in.resolve(".complete"))) {
            return in;
        }
        deleteTree(in);
        System.out.println("generating a file of " + elements + " private elements in " + in + " ...");
        Workloads.privateElements(in, elements, Workloads.SEED);
        Files.createDirectories(in.resolve(".complete"));
        return in;
    }

    /** For the private workload: seconds per million elements of each step, which stays flat when time is linear. */
    private static void printScaling(List<Row> rows) {
        for (Row r : rows) {
            if (r.workload().startsWith("private-")) {
                double millions = Integer.parseInt(r.workload().substring("private-".length())) / 1e6;
                System.out.printf("%-16s %-24s %7.2f s  %6.2f s per million elements%n", r.workload(), r.step(),
                        r.r().seconds(), r.r().seconds() / millions);
            }
        }
    }

    private int size(String workload) {
        return switch (workload) {
            case "ct", "ct-dense" -> ctFiles;
            case "small", "small-dense" -> smallFiles;
            case "us-cine" -> cineFiles;
            case "text-images" -> textFiles;
            default -> multiframeMb;
        };
    }

    /** Number and total size of the regular files below a folder. */
    record InputSize(int files, long bytes) {
        static InputSize of(Path in) throws IOException {
            int files = 0;
            long bytes = 0;
            try (Stream<Path> s = Files.walk(in)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files++;
                    bytes += Files.size(p);
                }
            }
            return new InputSize(files, bytes);
        }
    }

    private List<Row> measure(String workload, Path in) throws IOException, InterruptedException {
        InputSize size = InputSize.of(in);
        int files = size.files();
        long bytes = size.bytes();
        Path deidOut = dir.resolve("out-" + workload + "-deid");
        if (workload.equals("us-cine") || workload.equals("text-images")) {
            return measurePixels(workload, in, files, bytes);
        }
        List<Step> steps = List.of(
                new Step("cp -r", List.of("cp", "-r", in.toString(), dir.resolve("out-" + workload + "-cp")
                        .toString())),
                new Step("parse+rewrite", veil("rewrite", in.toString(), dir.resolve("out-" + workload + "-rewrite")
                        .toString(), "--threads", Integer.toString(threads))),
                new Step("deid basic", veil("deid", in.toString(), deidOut.toString(), "--threads",
                        Integer.toString(threads))),
                new Step("deid dates+descriptors", veil("deid", in.toString(), dir.resolve("out-" + workload
                        + "-deid-clean").toString(), "--threads", Integer.toString(threads), "--option",
                        "retain-long-modified-dates", "--option", "clean-descriptors")),
                new Step("verify", veil("verify", in.toString(), deidOut.toString())));
        List<Row> rows = new ArrayList<>();
        double cp = 0;
        readAll(in); // warm the page cache so that the first step is not penalised
        for (Step step : steps) {
            for (String o : List.of("-cp", "-rewrite", "-deid-clean")) {
                deleteOutput(dir.resolve("out-" + workload + o));
            }
            // the verify step checks the output of deid basic: it must survive the steps in between
            if (step.name().equals("deid basic")) {
                deleteOutput(deidOut);
            }
            Path log = dir.resolve("log-" + workload + "-" + step.name().replaceAll("[^a-z+]", "_") + ".txt");
            settle();
            ChildRun.Result r = ChildRun.run(step.command(), Map.of(), log);
            if (step.name().equals("cp -r")) {
                cp = r.seconds();
            }
            Row row = new Row(workload, step.name(), files, bytes, r, cp);
            rows.add(row);
            System.out.println(format(row) + (r.exitCode() == 0 ? "" : "  (exit " + r.exitCode() + ", see " + log
                    + ")"));
        }
        return rows;
    }

    /**
     * Burned-in text workloads: {@code veil deid --option clean-pixel-data} (detection, OCR of distinct boxes,
     * inpainting, second detection pass) against cp; prints frames per second besides files per second.
     */
    private List<Row> measurePixels(String workload, Path in, int files, long bytes) throws IOException,
            InterruptedException {
        int framesPerFile = workload.equals("us-cine") ? CINE_FRAMES : 1;
        List<Row> rows = new ArrayList<>();
        readAll(in);
        Path cpOut = dir.resolve("out-" + workload + "-cp");
        Path out = dir.resolve("out-" + workload + "-pixels");
        deleteOutput(cpOut);
        deleteOutput(out);
        settle();
        ChildRun.Result cp = ChildRun.run(List.of("cp", "-r", in.toString(), cpOut.toString()), Map.of(),
                dir.resolve("log-" + workload + "-cp.txt"));
        rows.add(new Row(workload, "cp -r", files, bytes, cp, cp.seconds()));
        settle();
        Path log = dir.resolve("log-" + workload + "-clean-pixel-data.txt");
        ChildRun.Result r = ChildRun.run(veil("deid", in.toString(), out.toString(), "--threads",
                Integer.toString(threads), "--option", "clean-pixel-data"), Map.of(), log);
        Row row = new Row(workload, "deid clean-pixel-data", files, bytes, r, cp.seconds());
        rows.add(row);
        System.out.println(format(row) + String.format("  %.1f frames/s", files * framesPerFile / r.seconds())
                + (r.exitCode() == 0 ? "" : "  (exit " + r.exitCode() + ", see " + log + ")"));
        return rows;
    }

    /**
     * The deface workload: one generated head series each, MR 256 x 256 x 170 (1 x 1 x 1.2 mm) and CT 512 x 512 x 300
     * (0.5 x 0.5 x 0.7 mm), Body Part Examined HEAD; {@code veil deid} without and with
     * clean-recognizable-visual-features (planning, face cut, lossless re-encoding, QC renders), each in its own JVM
     * with {@code --deface-heap}. The difference of the two is the defacing cost of one volume.
     */
    private List<Row> measureDeface() throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        String saved = heap;
        heap = defaceHeap;
        try {
            for (String modality : List.of("MR", "CT")) {
                boolean ct = modality.equals("CT");
                String name = ct ? "deface-ct-512x512x300" : "deface-mr-256x256x170";
                Path in = dir.resolve("in-" + name);
                if (!Files.isDirectory(in.resolve(".complete"))) {
                    deleteTree(in);
                    System.out.println("generating " + name + " in " + in + " ...");
                    HeadSeries.write(in.resolve("series"), ct ? HeadSeries.Grid.axial(512, 512, 300, 0.5, 0.7)
                            : HeadSeries.Grid.axial(256, 256, 170, 1.0, 1.2), new HeadSeries.Spec(modality, "HEAD",
                            "HEAD", false, Workloads.SEED));
                    Files.createDirectories(in.resolve(".complete"));
                }
                rows.addAll(measureDefaceSteps(name, in));
            }
        } finally {
            heap = saved;
        }
        return rows;
    }

    private List<Row> measureDefaceSteps(String workload, Path in) throws IOException, InterruptedException {
        int files = 0;
        long bytes = 0;
        try (Stream<Path> s = Files.walk(in.resolve("series"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files++;
                bytes += Files.size(p);
            }
        }
        readAll(in);
        List<Row> rows = new ArrayList<>();
        for (int repeat = 1; repeat <= defaceRepeats; repeat++) {
            List<Row> pair = new ArrayList<>();
            for (boolean deface : new boolean[] {false, true}) {
                Path out = dir.resolve("out-" + workload + (deface ? "-deface" : "-basic"));
                deleteOutput(out);
                List<String> args = new ArrayList<>(List.of("deid", in.resolve("series").toString(), out.toString(),
                        "--threads", Integer.toString(threads)));
                if (deface) {
                    args.addAll(List.of("--option", "clean-recognizable-visual-features"));
                }
                settle();
                Path log = dir.resolve("log-" + workload + (deface ? "-deface" : "-basic") + ".txt");
                ChildRun.Result r = ChildRun.run(veil(args.toArray(String[]::new)), Map.of(), log);
                Row row = new Row(workload, (deface ? "deid deface #" : "deid basic #") + repeat, files, bytes, r, 0);
                pair.add(row);
                System.out.println(format(row) + String.format("  CPU %.2f s", r.cpuSeconds()) + (r.exitCode() == 0
                        ? "" : "  (exit " + r.exitCode() + ", see " + log + ")"));
            }
            System.out.printf("%-24s defacing cost %.2f s wall, %.2f s CPU per volume (deid deface - deid basic)%n",
                    workload, pair.get(1).r().seconds() - pair.get(0).r().seconds(),
                    pair.get(1).r().cpuSeconds() - pair.get(0).r().cpuSeconds());
            rows.addAll(pair);
        }
        return rows;
    }

    /**
     * Flushes dirty pages before a timed step (untimed), so that no step pays for the write-back of the one before:
     * on this kind of machine that alone moved a step's time by a factor of four.
     */
    static void settle() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    private List<String> veil(String... args) {
        return veil(jvmOptions, System.getProperty("java.class.path"), List.of(args));
    }

    /** A Veil command line: this JVM's java, {@code options}, the heap, {@code classPath}. */
    List<String> veil(String options, String classPath, List<String> args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(options.trim().split("\\s+")));
        cmd.addAll(List.of("-Xmx" + heap, "-cp", classPath, "org.veil.cli.Veil"));
        cmd.addAll(args);
        return cmd;
    }

    private void appendPaired(Path file, String machine, List<PairedBench.Summary> rows) throws IOException {
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[2] : "?";
        String text = "\n## " + LocalDate.now() + ": " + machine + ", paired with cp -r (" + pairs + " pairs, "
                + "medians), JVM " + jvmOptions + " -Xmx" + heap + (cds ? " + class data sharing" : "")
                + (compareJar == null ? "" : "; compare: " + compareJvmOptions) + ", load average (15 min) at the "
                + "end " + load + "\n\n" + PairedBench.markdown(rows);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + file);
    }

    static void readAll(Path in) throws IOException {
        byte[] buf = new byte[1 << 20];
        try (Stream<Path> s = Files.walk(in)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                try (var is = Files.newInputStream(p)) {
                    while (is.read(buf) > 0) {
                        // read only
                    }
                }
            }
        }
    }

    private static String format(Row r) {
        return String.format("%-10s %-24s %6d files %9.1f files/s %8.1f MB/s  %5.2fx cp  peak RSS %5.0f MB  (%.2f s)",
                r.workload(), r.step(), r.files(), r.filesPerSecond(), r.mbPerSecond(), r.ratio(),
                r.r().peakRssBytes() / 1048576.0, r.r().seconds());
    }

    private static void print(List<Row> rows) {
        System.out.println();
        rows.forEach(r -> System.out.println(format(r)));
    }

    private void appendMarkdown(Path file, String machine, List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            sb.append("# Benchmarks\n\nRows appended by `bin/veil bench` (each Veil step in its own JVM, start-up "
                    + "included; ratio = cp time / step time in the same run; peak RSS sampled from /proc).\n");
        }
        sb.append("\n## ").append(LocalDate.now()).append(": ").append(machine).append(", ").append(threads)
                .append(" threads, JVM ").append(jvmOptions).append(" -Xmx").append(heap)
                .append(workloads.contains("deface") ? " (deface workloads: -Xmx" + defaceHeap + ")" : "")
                .append("\n\n");
        sb.append("| workload | step | files | files/s | MB/s | ratio to cp | peak RSS (MB) | seconds | CPU seconds "
                + "| exit |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format("| %s | %s | %d | %.1f | %.1f | %.2f | %.0f | %.2f | %.2f | %d |%n", r.workload(),
                    r.step(), r.files(), r.filesPerSecond(), r.mbPerSecond(), r.ratio(),
                    r.r().peakRssBytes() / 1048576.0, r.r().seconds(), r.r().cpuSeconds(), r.r().exitCode()));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * Deletes an output folder of an earlier step or run with what deid writes beside it: the quarantine and the
     * work folder (run state and the mapping file, which deid appends to: a stale one would pair inputs with outputs
     * that no longer exist), and the mapping file of older versions.
     */
    static void deleteOutput(Path out) throws IOException {
        deleteTree(out);
        deleteTree(Path.of(out + ".quarantine"));
        deleteTree(Path.of(out + MappingFile.WORK_SUFFIX));
        Files.deleteIfExists(Path.of(out + MappingFile.SIBLING_SUFFIX));
    }

    /**
     * Deletes a file or folder tree without following symbolic links: a link (at the top or anywhere below, dangling or
     * not) is removed itself, never what it points to, which may be a folder shared with others.
     */
    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
