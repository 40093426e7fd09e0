package org.veil.spark;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.spark.sql.SparkSession;

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
        // the key is unlocked (PBKDF2, most of a CPU second) while Spark starts
        CompletableFuture<Void> keyCheck = CompletableFuture.runAsync(args::checkKey);
        SparkSession.Builder b = SparkSession.builder().appName("veil-deid");
        if (args.master() != null) {
            b.master(args.master());
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        if (args.master() != null && args.master().startsWith("local")) {
            // local mode: everything stays on the loopback interface, and no web UI is started (it costs seconds)
            b.config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"))
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        JobSummary summary;
        try (SparkSession spark = b.getOrCreate()) {
            phases.end("spark start");
            int keyProblem = keyProblem(keyCheck);
            if (keyProblem != 0) {
                spark.stop();
                System.exit(keyProblem);
                return;
            }
            phases.end("key check");
            summary = new SparkDeidJob(spark, args, TaskHook.NONE, phases).run();
        }
        phases.end("spark stop");
        System.out.println(summary.toText());
        if (args.timings()) {
            phases.lines().forEach(System.out::println);
        }
        System.exit(summary.hasProblems() ? 1 : 0);
    }

    /** Waits for the key: 0 when it is loaded, else the exit code (2 usage, 4 key), with the sentence printed. */
    private static int keyProblem(CompletableFuture<Void> keyCheck) throws InterruptedException {
        try {
            keyCheck.get();
            return 0;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                System.err.println("veil spark: " + e.getCause().getMessage());
                return 2;
            }
            System.err.println("veil spark: the project key cannot be loaded: " + e.getCause().getMessage());
            return 4;
        }
    }
}
