package org.veil.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.veil.pipeline.StudyClaim;
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
    private final SparkSession spark;
    private final JobArguments args;
    private final TaskHook hook;

    public SparkDeidJob(SparkSession spark, JobArguments args, TaskHook hook) {
        this.spark = spark;
        this.args = args;
        this.hook = hook;
    }

    /** Runs the job and returns its counts (also written to the work folder's summary.json). */
    public JobSummary run() throws IOException {
        if (args.keystore() == null) {
            throw new IllegalArgumentException(ExecutorRun.NEEDS_KEYSTORE);
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<InputFile> inputs = InputListing.list(new Path(args.in()), conf);
        int partitions = args.partitions() != null ? args.partitions()
                : Math.max(1, Math.min(inputs.size(), spark.sparkContext().defaultParallelism() * 4));
        List<InputFile> balanced = new ArrayList<>();
        List<List<InputFile>> parts = SizeBalance.partition(inputs, partitions);
        parts.forEach(balanced::addAll);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String jobId = UUID.randomUUID().toString();
        JobArguments a = args;
        JavaRDD<InputFile> rdd = jsc.parallelize(balanced, partitions);
        try {
            Map<String, String[]> studies = decideStudies(rdd.mapPartitions(it -> claims(jobId, a, it)).collect());
            Broadcast<HashMap<String, String[]>> decided = jsc.broadcast(new HashMap<>(studies));
            TaskHook h = hook;
            List<ManifestRow> rows = rdd.mapPartitions(it -> deidentify(jobId, a, decided.value(), h, it))
                    .collect();
            Path out = new Path(args.out());
            FileSystem fs = Checksums.off(out.getFileSystem(conf));
            WorkFolder work = WorkFolder.beside(fs.makeQualified(out));
            spark.createDataset(rows, Encoders.bean(ManifestRow.class)).coalesce(1).write().mode(SaveMode.Overwrite)
                    .parquet(work.manifest().toString());
            writeMapping(fs, work, inputs, rows);
            JobSummary summary = JobSummary.of(rows);
            try (OutputStream os = fs.create(work.summary(), true)) {
                os.write(summary.toJson().getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(work.temp(), true);
            return summary;
        } finally {
            ExecutorRun.release(jobId);
        }
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

    private static Iterator<Object[]> claims(String jobId, JobArguments a, Iterator<InputFile> it)
            throws IOException {
        ExecutorRun run = ExecutorRun.of(jobId, a);
        List<Object[]> out = new ArrayList<>();
        while (it.hasNext()) {
            InputFile f = it.next();
            Optional<StudyClaim> c = run.claimOf(f);
            c.ifPresent(claim -> out.add(new Object[] {f.order(), claim.studyUid(), claim.patient().issuer(),
                claim.patient().patientId()}));
        }
        return out.iterator();
    }

    /** The patient of each study's first input in listing order (the dirty input rule). */
    static Map<String, String[]> decideStudies(List<Object[]> claims) {
        TreeMap<Long, Object[]> byOrder = new TreeMap<>();
        for (Object[] c : claims) {
            byOrder.put((Long) c[0], c);
        }
        Map<String, String[]> decided = new HashMap<>();
        for (Object[] c : byOrder.values()) {
            decided.putIfAbsent((String) c[1], new String[] {(String) c[2], (String) c[3]});
        }
        return decided;
    }

    private static Iterator<ManifestRow> deidentify(String jobId, JobArguments a, Map<String, String[]> studies,
            TaskHook hook, Iterator<InputFile> it) throws Exception {
        ExecutorRun run = ExecutorRun.of(jobId, a);
        run.decide(studies);
        TaskContext task = TaskContext.get();
        List<ManifestRow> rows = new ArrayList<>();
        int index = 0;
        while (it.hasNext()) {
            InputFile f = it.next();
            int at = index++;
            rows.add(run.process(f, () -> hook.beforeInput(task.partitionId(), task.attemptNumber(), at)));
        }
        return rows.iterator();
    }
}
