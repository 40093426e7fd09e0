package org.veil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.veil.pipeline.Input;
import org.veil.pipeline.StudyClaim;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.InstanceRun;
import org.veil.pipeline.run.KeySource;

/**
 * The driver's work while the Spark context starts (a second or two in which no executor exists yet, and one core of
 * a small machine is free): the key is unlocked, the inputs are listed, the run is built, and the first pass begins on
 * the driver, input after input in listing order, until the context is up ({@link #stop}); the executors' first pass
 * then reads only the inputs the driver did not reach. The driver reads each input as an executor reads it
 * ({@link ExecutorRun#claims}), so the study decisions and name rivals are the same whoever read which input. With a
 * small job the whole first pass is done before Spark is up, and no Spark job runs for it.
 */
final class HeadStart implements AutoCloseable {
    /**
     * What a Spark job costs the driver's critical path besides its tasks (scheduling, task and closure serialisation,
     * collecting the results): about half a second in local mode (the first pass of a 1-file job took 0.6–0.7 s for a
     * task of 0.1 s). A rest of inputs the driver reads faster than that is not worth a job.
     */
    static final double SPARK_JOB_SECONDS = 0.5;
    private final String jobId = UUID.randomUUID().toString();
    private final JobArguments args;
    private final SideBySide threads = new SideBySide();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final int atLeast;
    private final int atMost;
    private final Future<Void> key;
    private final Future<List<InputFile>> listing;
    private final Future<Looked> looked;
    private final Future<Configuration> conf;

    /** The first pass the driver did: the looks of the first {@code count} inputs in listing order. */
    record Looked(List<FirstLook> looks, int count, double seconds) {
    }

    private HeadStart(JobArguments args, Callable<Configuration> conf, int atLeast, int atMost) {
        this.args = args;
        this.atLeast = atLeast;
        this.atMost = atMost;
        this.key = threads.start(() -> {
            args.checkKey();
            return null;
        });
        this.conf = threads.start(conf);
        this.listing = threads.start(() -> InputListing.list(new Path(args.in()), SideBySide.get(this.conf)));
        this.looked = threads.start(this::look);
    }

    /**
     * Begins before the context is made (its settings cost a few tenths of a second of class loading); the driver
     * looks at as many inputs as it reaches before {@link #stop}. The Hadoop settings are those the context will have:
     * Hadoop's defaults and the {@code spark.hadoop.*} system properties (where spark-submit puts {@code --conf}).
     */
    static HeadStart begin(JobArguments args) {
        return new HeadStart(args, HeadStart::hadoopConf, 0, Integer.MAX_VALUE);
    }

    /** Begins beside a context that is up already (the driver looks at few inputs, if any). */
    static HeadStart begin(JobArguments args, Configuration conf) {
        return new HeadStart(args, () -> conf, 0, Integer.MAX_VALUE);
    }

    /** For tests: the driver looks at exactly the first {@code count} inputs (fewer if there are fewer). */
    static HeadStart exactly(JobArguments args, Configuration conf, int count) {
        return new HeadStart(args, () -> conf, count, count);
    }

    private static Configuration hadoopConf() {
        Configuration conf = new Configuration();
        String prefix = "spark.hadoop.";
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> conf.set(k.substring(prefix.length()), System.getProperty(k)));
        return conf;
    }

    String jobId() {
        return jobId;
    }

    /** The driver stops looking after the input at hand (the context is up: the executors take the rest). */
    void stop() {
        stopped.set(true);
    }

    /** Waits for the key; its failure (a missing keystore, a wrong password) is rethrown as it was thrown. */
    void awaitKey() throws IOException {
        SideBySide.get(key);
    }

    /** Every input under IN in listing order. */
    List<InputFile> inputs() throws IOException {
        return SideBySide.get(listing);
    }

    /** Stops and returns what the driver's first pass found. */
    Looked looked() throws IOException {
        stop();
        return SideBySide.get(looked);
    }

    private Looked look() throws IOException {
        List<InputFile> inputs = SideBySide.get(listing);
        long t0 = System.nanoTime();
        Until until = new Until(inputs);
        java.nio.file.Path local = localRoot();
        InstanceRun reader = local == null ? null : keylessReader();
        if (reader == null) {
            SideBySide.get(key);
            try {
                List<FirstLook> looks = ExecutorRun.of(jobId, args).claims(until);
                return new Looked(looks, until.next, (System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
                // an input the driver cannot open (HDFS, S3A): the executors read them all, retrying as Spark does
                return new Looked(List.of(), 0, (System.nanoTime() - t0) / 1e9);
            }
        }
        List<InputFile> read = new ArrayList<>();
        List<StudyClaim> claims = new ArrayList<>();
        while (until.hasNext()) {
            InputFile f = until.next();
            reader.studyClaim(new Input.OfFile(local.resolve(f.relative()), "first-look", f.relative(), f.size()))
                    .ifPresent(c -> {
                        read.add(f);
                        claims.add(c);
                    });
        }
        SideBySide.get(key);
        ExecutorRun run = ExecutorRun.of(jobId, args);
        List<FirstLook> looks = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            looks.add(run.look(read.get(i), claims.get(i)));
        }
        return new Looked(looks, until.next, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What an input claims (study, patient, instance) depends on the recipe, never on the key: the driver reads with a
     * throw-away key while the project key is unlocked, and digests the instance UIDs under the project key after.
     * Null when the options need the project key to build a run at all (the driver then waits for it).
     */
    private InstanceRun keylessReader() {
        try {
            return ExecutorRun.reader(DeidRun.builder(args.runOptions(), KeySource.random()).build());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** IN as a local path, or null when it is on another file system (HDFS, S3A). */
    private java.nio.file.Path localRoot() throws IOException {
        Path given = new Path(args.in());
        org.apache.hadoop.fs.FileSystem fs = LocalFiles.of(given, SideBySide.get(conf));
        return fs instanceof LocalFiles ? java.nio.file.Path.of(fs.makeQualified(given).toUri()) : null;
    }

    /**
     * The inputs in listing order until the driver is told to stop (never fewer than atLeast, never more than atMost);
     * when told, the driver still reads the rest itself if that takes it less than a Spark job costs before its first
     * task and after its last ({@link #SPARK_JOB_SECONDS}), at the pace it read so far.
     */
    private final class Until implements Iterator<InputFile> {
        private final List<InputFile> inputs;
        private final long began = System.nanoTime();
        private int next;
        private Boolean finishAlone;

        Until(List<InputFile> inputs) {
            this.inputs = inputs;
        }

        @Override
        public boolean hasNext() {
            if (next >= inputs.size() || next >= atMost) {
                return false;
            }
            if (next < atLeast || !stopped.get()) {
                return true;
            }
            if (finishAlone == null) {
                finishAlone = atMost == Integer.MAX_VALUE
                        && quickerAlone(next, (System.nanoTime() - began) / 1e9, inputs.size() - next);
            }
            return finishAlone;
        }

        @Override
        public InputFile next() {
            return inputs.get(next++);
        }
    }

    /**
     * Whether the driver, having read {@code read} inputs in {@code seconds}, reads the {@code left} others in less
     * time than a Spark job costs besides its tasks.
     */
    static boolean quickerAlone(int read, double seconds, int left) {
        return read > 0 && left * (seconds / read) <= SPARK_JOB_SECONDS;
    }

    /** The inputs the executors' first pass still has to read. */
    static List<InputFile> rest(List<InputFile> inputs, Looked looked) {
        return new ArrayList<>(inputs.subList(looked.count(), inputs.size()));
    }

    /** Stops the driver's first pass and lets its threads end. */
    @Override
    public void close() {
        stop();
        threads.close();
    }

    /** A line for {@code --timings}: counts and seconds only. */
    static String timing(Looked looked, int inputs) {
        return String.format("first pass on the driver beside Spark's start: %d of %d inputs, %.2f s wall",
                looked.count(), inputs, looked.seconds());
    }
}
