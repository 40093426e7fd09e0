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
        SparkSession.Builder b = SparkSession.builder().appName("veil-deid");
        if (args.master() != null) {
            b.master(args.master());
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        try (SparkSession spark = b.getOrCreate()) {
            JobSummary summary = new SparkDeidJob(spark, args, TaskHook.NONE).run();
            System.out.println(summary.toText());
            System.exit(summary.hasProblems() ? 1 : 0);
        }
    }
}
