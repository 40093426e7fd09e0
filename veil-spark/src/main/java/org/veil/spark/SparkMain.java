package org.veil.spark;

import java.util.List;
import java.io.IOException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * Entry point of {@code bin/veil spark IN OUT [options]} (local mode, {@code --master local[N]}, default
 * {@code local[*]}) and of {@code spark-submit --class org.veil.spark.SparkMain} on a cluster (the master then comes
 * from spark-submit). Exit codes: 0 all processed, 1 something quarantined, 2 usage error, 4 the key could not be
 * loaded.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] argv) throws Exception {
        Phases phases = new Phases();
        JobArguments args;
        try {
            args = JobArguments.parse(List.of(argv));
        } catch (IllegalArgumentException e) {
            System.err.println("veil spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (args.keystore() == null) {
            System.err.println("veil spark: " + ExecutorRun.NEEDS_KEYSTORE);
            System.exit(2);
            return;
        }
        // logging is bound before two threads log at once (else SLF4J drops the first calls, with a warning)
        org.slf4j.LoggerFactory.getILoggerFactory();
        // while Spark starts: the key is unlocked (PBKDF2, most of a CPU second), the inputs listed, the run built and
        // the first pass begun on the driver
        HeadStart head = HeadStart.begin(args);
        SparkConf conf = conf(args);
        JobSummary summary;
        // a plain context, not a SparkSession: the job uses no Spark SQL, and finding the session's implementation
        // starts Scala reflection (about 1,100 classes)
        SparkContext sc = new SparkContext(conf);
        head.stop();
        TaskTimes tasks = new TaskTimes();
        int cores = sc.defaultParallelism();
        if (args.timings()) {
            sc.addSparkListener(tasks);
        }
        try {
            phases.end("spark start");
            int keyProblem = keyProblem(head);
            if (keyProblem != 0) {
                head.close();
                sc.stop();
                System.exit(keyProblem);
                return;
            }
            phases.end("key check");
            summary = new SparkDeidJob(sc, args, TaskHook.NONE, phases, head).run();
        } finally {
            sc.stop();
        }
        phases.end("spark stop");
        System.out.println(summary.toText());
        if (args.timings()) {
            phases.lines().forEach(System.out::println);
            tasks.lines(cores).forEach(System.out::println);
        }
        System.exit(summary.hasProblems() ? 1 : 0);
    }

    /**
     * Spark's settings: the master from {@code --master}, else spark-submit's, else {@code local[*]}; in local mode
     * everything stays on the loopback interface and no web UI is started (it costs seconds).
     */
    private static SparkConf conf(JobArguments args) {
        SparkConf conf = new SparkConf().setAppName("veil-deid");
        if (args.master() != null) {
            conf.setMaster(args.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    /** Waits for the key: 0 when it is loaded, else the exit code (2 usage, 4 key), with the sentence printed. */
    private static int keyProblem(HeadStart head) {
        try {
            head.awaitKey();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("veil spark: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("veil spark: the project key cannot be loaded: " + e.getMessage());
            return 4;
        }
    }
}
