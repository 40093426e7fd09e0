package org.veil.spark;

import java.util.List;
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
        try {
            args.checkKey();
        } catch (IllegalArgumentException e) {
            System.err.println("veil spark: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("veil spark: the project key cannot be loaded: " + e.getMessage());
            System.exit(4);
            return;
        }
        phases.end("key check");
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
            summary = new SparkDeidJob(spark, args, TaskHook.NONE, phases).run();
        }
        phases.end("spark stop");
        System.out.println(summary.toText());
        if (args.timings()) {
            phases.lines().forEach(System.out::println);
        }
        System.exit(summary.hasProblems() ? 1 : 0);
    }
}
