package org.veil.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.veil.broker.linkage.LinkageStore;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.folder.SharedTally;
import org.veil.pipeline.risk.KAnonymisation;
import org.veil.pipeline.run.DeidRun;
import org.veil.verify.MappingFile;

/**
 * {@code veil deid} on Spark. The driver lists the inputs and spreads them over partitions by size; a first pass on
 * the executors reads each input's study and own patient, and the driver decides every study's patient as a folder
 * run would (the patient of the study's first input in listing order); the second pass de-identifies each partition
 * through the shared run into the output root, the quarantine beside it, and records one manifest row per input.
 * Tasks that fail are retried by Spark: outputs are renamed into place whole and claimed by input, so a retry
 * neither duplicates nor half-writes; a resubmitted job skips the inputs it finished.
 */
public final class SparkDeidJob {
    static final String K_NEEDS_LOCAL = "--k reads and rewrites the whole delivery in one process after the job, "
            + "which needs OUT on a local or mounted file system (file:); for HDFS or S3 run veil deid --k on a copy, "
            + "or leave --k out";
    private final SparkContext spark;
    private final JobArguments args;
    private final TaskHook hook;
    private final Phases phases;
    private final HeadStart head;

    public SparkDeidJob(SparkSession spark, JobArguments args, TaskHook hook) {
        this(spark.sparkContext(), args, hook, new Phases(),
                HeadStart.begin(args, spark.sparkContext().hadoopConfiguration()));
    }

    /**
     * The job on a plain Spark context (what {@link SparkMain} starts: no Spark SQL, whose start costs a second), with
     * what the driver did while the context started (the job closes it).
     */
    SparkDeidJob(SparkContext spark, JobArguments args, TaskHook hook, Phases phases, HeadStart head) {
        this.spark = spark;
        this.args = args;
        this.hook = hook;
        this.phases = phases;
        this.head = head;
    }

    /** Runs the job and returns its counts (the whole summary is written to {@code OUT.veil/summary.json}). */
    public JobSummary run() throws IOException {
        try (HeadStart h = head) {
            return runWith(h);
        }
    }

    private JobSummary runWith(HeadStart head) throws IOException {
        if (args.keystore() == null) {
            throw new IllegalArgumentException(ExecutorRun.NEEDS_KEYSTORE);
        }
        head.stop();
        head.awaitKey();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Configuration conf = spark.hadoopConfiguration();
        Path out = new Path(args.out());
        String scheme = out.toUri().getScheme();
        if (args.k() != null && scheme != null && !scheme.equals("file")) {
            throw new IllegalArgumentException(K_NEEDS_LOCAL);
        }
        FileSystem fs = LocalFiles.of(out, conf);
        Path target = fs.makeQualified(out);
        if (args.k() != null && !"file".equals(target.toUri().getScheme())) {
            throw new IllegalArgumentException(K_NEEDS_LOCAL);
        }
        List<InputFile> inputs = head.inputs();
        phases.end("listing");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark);
        String jobId = head.jobId();
        JobArguments a = args;
        Future<LinkageStore> store = null;
        try (SideBySide steps = new SideBySide()) {
            ExecutorRun driver = ExecutorRun.of(jobId, a);
            if (!args.executorsWriteLinks()) {
                // opened while the passes run; the driver records the tasks' links into it at the end
                store = steps.start(() -> LinkageStore.openWithEnvironmentCredentials(args.linkageUrl(),
                        driver.key()));
            }
            phases.end("run built");
            List<FirstLook> looks = firstPass(jsc, inputs);
            Map<String, String[]> studies = decideStudies(looks);
            NameRivals rivals = NameRivals.of(looks);
            phases.end("first pass");
            List<InputFile> todo = new ArrayList<>();
            List<TaskResult> results = new ArrayList<>();
            results.add(driver.finishedBefore(inputs, todo));
            Broadcast<HashMap<String, String[]>> decided = jsc.broadcast(new HashMap<>(studies));
            TaskHook h = hook;
            results.addAll(balanced(jsc, todo, rivals).mapPartitions(it -> deidentify(jobId, a, decided.value(), h, it))
                    .collect());
            phases.end("second pass");
            WorkFolder work = WorkFolder.beside(target);
            List<ManifestRow> rows = new ArrayList<>();
            results.forEach(r -> rows.addAll(r.rows()));
            rows.sort(java.util.Comparator.comparingLong(ManifestRow::getOrder));
            fs.mkdirs(work.temp());
            steps.start(() -> ManifestFile.write(fs, work.manifest(), new Path(work.temp(), "manifest.parquet"), rows,
                    conf));
            steps.start(() -> writeMapping(fs, work, inputs, rows));
            if (store != null) {
                Future<LinkageStore> opened = store;
                steps.start(() -> LinkMerge.into(SideBySide.get(opened), driver.linkFile(), fs, work.links()));
            }
            RunSummary summary = summary(driver, results, started, Duration.ofNanos(System.nanoTime() - t0),
                    target, work);
            steps.await();
            phases.end("driver end");
            Integer withheld = null;
            if (args.k() != null) {
                KAnonymisation.Result k = KAnonymisation.apply(local(target), local(quarantine(target)),
                        local(work.runWork()), args.k());
                summary = summary.withNote(k.line());
                withheld = k.quarantined();
            }
            try (OutputStream os = fs.create(work.summary(), true)) {
                os.write(SharedTally.json(summary));
            }
            fs.delete(work.temp(), true);
            phases.end("summary written");
            return JobSummary.of(summary.counts(), withheld);
        } finally {
            closeStore(store);
            ExecutorRun.release(jobId);
        }
    }

    /**
     * The first pass: the looks the driver took beside the context's start, and the executors' for the inputs it did
     * not reach (no Spark job when it reached them all).
     */
    private List<FirstLook> firstPass(JavaSparkContext jsc, List<InputFile> inputs) throws IOException {
        HeadStart.Looked early = head.looked();
        phases.note(HeadStart.timing(early, inputs.size()));
        List<FirstLook> looks = new ArrayList<>(early.looks());
        List<InputFile> rest = HeadStart.rest(inputs, early);
        if (!rest.isEmpty()) {
            String jobId = head.jobId();
            JobArguments a = args;
            looks.addAll(balanced(jsc, rest, NameRivals.of(List.of())).mapPartitions(it ->
                    ExecutorRun.of(jobId, a).claims(it).iterator()).collect());
        }
        return looks;
    }

    /** Closes the driver's linkage store once its opening finished (also when the job failed). */
    private static void closeStore(Future<LinkageStore> store) {
        if (store == null) {
            return;
        }
        try {
            SideBySide.get(store).close();
        } catch (IOException | RuntimeException e) {
            // the store did not open: nothing to close, and the job's own failure (if any) is what is reported
        }
    }

    /**
     * The inputs spread over partitions of about equal bytes ({@code --partitions}, else {@link #partitions}). Rivals
     * for one output name share a partition, in listing order.
     */
    private JavaRDD<InputFile> balanced(JavaSparkContext jsc, List<InputFile> inputs, NameRivals rivals) {
        int partitions = args.partitions() != null ? args.partitions()
                : partitions(inputs.size(), jsc.defaultParallelism());
        // one element per slice, so each Spark partition is exactly one of SizeBalance's (parallelize cuts a list
        // into slices of equal counts, not equal bytes)
        List<List<InputFile>> parts = SizeBalance.partitionUnits(rivals.units(inputs), partitions);
        return jsc.parallelize(parts, parts.size()).flatMap(List::iterator);
    }

    /**
     * The default number of partitions: sixteen per task slot, at most one per input. Equal bytes are not equal
     * times (other work on a node, a slower disk), and a core left without a task waits for the last one: with
     * sixteen tasks per slot, scheduled as slots free up, that wait is at most a sixteenth of a slot's work (with
     * four, 2,000 CT files under load left up to 0.9 of 24 core-seconds idle at the end of the second pass).
     */
    static int partitions(int inputs, int parallelism) {
        return Math.max(1, Math.min(inputs, parallelism * 16));
    }

    /** The summary a folder run would write, from every task's journal lines and patient census. */
    private RunSummary summary(ExecutorRun driver, List<TaskResult> results, Instant started, Duration elapsed,
                               Path target, WorkFolder work) {
        SharedTally tally = new SharedTally();
        PatientCensus census = new PatientCensus();
        for (TaskResult r : results) {
            r.completed().forEach(tally::completed);
            r.resumed().forEach(tally::resumed);
            census.addAll(r.census());
        }
        DeidRun run = driver.run();
        return tally.summary(started, elapsed, run.deidentifier().config(), run.settings().naming().pattern(),
                new SharedTally.Folders(local(target), local(quarantine(target)), local(work.runWork())),
                KeyOrigin.SUPPLIED, driver.keyDescription(), spark.defaultParallelism(),
                new RunSummary.PatientChecks(census.idsWithSeveralIssuers(), census.idsWithConflictingDemographics()));
    }

    private static Path quarantine(Path target) {
        return new Path(target.getParent(), target.getName() + ".quarantine");
    }

    /** A path as the summary names it: a local path as the folder run names it, any other as its URI. */
    private static java.nio.file.Path local(Path p) {
        URI uri = p.toUri();
        return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri) : java.nio.file.Path.of(uri.toString());
    }

    /**
     * The mapping file where {@code veil deid} keeps it ({@code OUT.veil/mapping.tsv}): input path, output name and
     * input id of every written input, in listing order. It names original files (PHI), like the CLI's.
     */
    private static void writeMapping(FileSystem fs, WorkFolder work, List<InputFile> inputs, List<ManifestRow> rows)
            throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("/");
        List<ManifestRow> written = new ArrayList<>(rows.stream().filter(r -> r.getStatus().equals("written"))
                .toList());
        written.sort(java.util.Comparator.comparingLong(ManifestRow::getOrder));
        try (java.io.Writer w = new java.io.OutputStreamWriter(fs.create(work.mapping(), true),
                StandardCharsets.UTF_8)) {
            MappingFile.writeHeader(w);
            for (ManifestRow r : written) {
                MappingFile.append(w, root, root.resolve(inputs.get((int) r.getOrder()).relative()), root,
                        root.resolve(r.getOutput()), r.getInputId());
            }
        }
    }

    /** The patient of each study's first input in listing order (the dirty input rule). */
    static Map<String, String[]> decideStudies(List<FirstLook> looks) {
        TreeMap<Long, FirstLook> byOrder = new TreeMap<>();
        for (FirstLook l : looks) {
            if (l.study() != null) {
                byOrder.put(l.order(), l);
            }
        }
        Map<String, String[]> decided = new HashMap<>();
        for (FirstLook l : byOrder.values()) {
            decided.putIfAbsent(l.study(), new String[] {l.issuer(), l.patientId()});
        }
        return decided;
    }

    private static Iterator<TaskResult> deidentify(String jobId, JobArguments a, Map<String, String[]> studies,
            TaskHook hook, Iterator<InputFile> it) throws Exception {
        ExecutorRun run = ExecutorRun.of(jobId, a);
        run.decide(studies);
        TaskContext task = TaskContext.get();
        return List.of(run.deidentify(it, hook, task.partitionId(), task.attemptNumber())).iterator();
    }
}
